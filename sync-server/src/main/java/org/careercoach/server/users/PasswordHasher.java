package org.careercoach.server.users;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.careercoach.server.config.ApiProblem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id with OWASP's minimum for it (19 MiB, 2 iterations, 1 lane; ADR 0005). Each hash takes 19
 * MiB, so a semaphore caps how many run at once: a login burst queues instead of exhausting memory,
 * and past the wait it answers 503 with Retry-After.
 */
@EnableConfigurationProperties(PasswordsProperties.class)
@Component
class PasswordHasher {

  static final int MEMORY_KIB = 19 * 1024;
  static final int ITERATIONS = 2;

  private final Argon2PasswordEncoder encoder =
      new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, ITERATIONS);
  private final Semaphore slots;
  private final Duration wait;

  /** A real hash of a random password: checked against when an email is unknown, for timing. */
  private final String decoy;

  PasswordHasher(PasswordsProperties properties) {
    this.slots = new Semaphore(properties.maxConcurrentHashes(), true);
    this.wait = Duration.ofSeconds(properties.hashWaitSeconds());
    this.decoy = encoder.encode(java.util.UUID.randomUUID().toString());
  }

  String hash(String password) {
    return withSlot(() -> encoder.encode(password));
  }

  boolean matches(String password, String hash) {
    return withSlot(() -> encoder.matches(password, hash));
  }

  /** Spends the same time as a real check, so a login cannot tell unknown emails apart. */
  void matchDecoy(String password) {
    matches(password, decoy);
  }

  private <T> T withSlot(Supplier<T> work) {
    boolean acquired;
    try {
      acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiProblem.busy("The server is busy checking passwords; try again.", wait);
    }
    if (!acquired) {
      throw ApiProblem.busy("The server is busy checking passwords; try again shortly.", wait);
    }
    try {
      return work.get();
    } finally {
      slots.release();
    }
  }
}
