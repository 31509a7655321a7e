package org.careercoach.server.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.careercoach.server.config.ApiProblem;
import org.careercoach.server.redis.SharedLockouts;
import org.springframework.stereotype.Component;

/**
 * The per-account limit on untrusted sign-in attempts (those without a valid device token): {@code
 * login-per-account} wrong passwords within its period lock the account's untrusted sign-in for
 * that period, doubled at every further lockout up to {@code login-lockout-max}; a day without
 * failures forgets the escalation. Answered 429 with Retry-After at once, never by holding a
 * thread. Kept in Redis; while Redis is down, each instance keeps its own.
 */
@Component
class SignInLockouts {

  /** How long the escalation is remembered after the last failure. */
  static final Duration MEMORY = Duration.ofDays(1);

  private final RateLimitProperties properties;
  private final SharedLockouts shared;
  private final Clock clock;
  private final Cache<String, LocalState> local =
      Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(Duration.ofDays(1)).build();

  SignInLockouts(RateLimitProperties properties, SharedLockouts shared, Clock clock) {
    this.properties = properties;
    this.shared = shared;
    this.clock = clock;
  }

  /** Answers 429 while the account's untrusted sign-in is locked. */
  void checkNotLocked(String account) {
    if (!properties.enabled()) {
      return;
    }
    String key = key(account);
    long until =
        shared
            .lockedUntil(key)
            .orElseGet(
                () -> {
                  LocalState state = local.getIfPresent(key);
                  return state == null ? 0L : state.until();
                });
    long waitMillis = until - clock.millis();
    if (waitMillis > 0) {
      long seconds = Math.max(1, (waitMillis + 999) / 1000);
      throw ApiProblem.tooManyRequests(
          "Too many failed sign-ins to this account. Try again in "
              + seconds
              + " seconds, or sign in on a device you used before.",
          Duration.ofSeconds(seconds));
    }
  }

  /** Counts a wrong password of an untrusted attempt. */
  void recordFailure(String account) {
    if (!properties.enabled()) {
      return;
    }
    String key = key(account);
    RateLimitProperties.Limit limit = properties.loginPerAccount();
    long now = clock.millis();
    long window = limit.period().toMillis();
    long max = properties.loginLockoutMax().toMillis();
    if (shared
        .recordFailure(key, now, limit.capacity(), window, max, MEMORY.toMillis())
        .isEmpty()) {
      local
          .get(key, k -> new LocalState())
          .recordFailure(now, limit.capacity(), window, max, MEMORY.toMillis());
    }
  }

  private static String key(String account) {
    return "coach:lockout:login|" + account.strip().toLowerCase(Locale.ROOT);
  }

  /** The same rules as {@link SharedLockouts}, in memory, for while Redis is unreachable. */
  private static final class LocalState {
    private long start;
    private int count;
    private int level;
    private long until;
    private long last;

    synchronized long until() {
      return until;
    }

    synchronized void recordFailure(
        long now, int capacity, long window, long maxLock, long memory) {
      if (count == 0 && level == 0) {
        start = now;
      }
      if (now - last > memory) {
        level = 0;
      }
      if (now - start >= window || now < start) {
        start = now;
        count = 0;
      }
      count++;
      last = now;
      if (count >= capacity) {
        level++;
        long lock = window;
        for (int i = 2; i <= level && lock < maxLock; i++) {
          lock *= 2;
        }
        until = now + Math.min(lock, maxLock);
        start = now;
        count = 0;
      }
    }
  }
}
