package org.careercoach.server.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.careercoach.server.config.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class PasswordHasherTest {

  @Test
  void hashesAreArgon2idWithTheDocumentedParametersAndSalted() {
    PasswordHasher hasher = new PasswordHasher(new PasswordsProperties(10, 2, 5));

    String first = hasher.hash("correct horse battery");
    String second = hasher.hash("correct horse battery");

    assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(first).isNotEqualTo(second);
    assertThat(hasher.matches("correct horse battery", first)).isTrue();
    assertThat(hasher.matches("correct horse batterY", first)).isFalse();
  }

  @Test
  void neverRunsMoreHashesAtOnceThanItsSlotsAndRefusesWhenTheWaitRunsOut() throws Exception {
    PasswordHasher hasher = new PasswordHasher(new PasswordsProperties(10, 2, 0));
    String hash = hasher.hash("correct horse battery");
    AtomicInteger busy = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      Future<?>[] calls = new Future<?>[8];
      for (int i = 0; i < calls.length; i++) {
        calls[i] =
            pool.submit(
                () -> {
                  start.await();
                  try {
                    hasher.matches("correct horse battery", hash);
                  } catch (ApiProblem problem) {
                    assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(problem.retryAfter()).isNotNull();
                    busy.incrementAndGet();
                  }
                  return null;
                });
      }
      start.countDown();
      for (Future<?> call : calls) {
        call.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(busy.get())
        .as("with 2 slots and no wait, most of 8 at once are turned away")
        .isGreaterThan(0);
  }

  @Test
  void anUnknownEmailCostsARealCheck() {
    PasswordHasher hasher = new PasswordHasher(new PasswordsProperties(10, 1, 1));
    long start = System.nanoTime();
    hasher.matchDecoy("anything at all here");
    long decoy = System.nanoTime() - start;

    assertThat(decoy)
        .as("a decoy check runs Argon2, it is not a shortcut")
        .isGreaterThan(1_000_000L);
    assertThat(hasher.matches("x", "not a hash")).isFalse();
  }
}
