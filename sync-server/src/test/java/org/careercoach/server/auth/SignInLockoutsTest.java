package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.careercoach.server.config.ApiProblem;
import org.careercoach.server.redis.Redis;
import org.careercoach.server.redis.SharedLockouts;
import org.careercoach.server.support.TestClock;
import org.careercoach.server.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The per-account lockout at its real defaults (10 wrong passwords in 5 minutes lock for 5 minutes,
 * then 10, 20, 40, at most an hour), in a real Redis shared by two instances, and in memory while
 * Redis is down.
 */
class SignInLockoutsTest {

  private static Redis redis;
  private static Redis unreachable;
  private final TestClock clock = new TestClock();

  @BeforeAll
  static void connect() {
    redis = new Redis("127.0.0.1", TestRedis.port());
    unreachable = new Redis("127.0.0.1", 1);
  }

  @AfterAll
  static void close() {
    redis.close();
    unreachable.close();
  }

  private static RateLimitProperties defaults(boolean enabled) {
    return new RateLimitProperties(
        enabled, null, null, null, null, null, null, null, null, null, 5, null);
  }

  private SignInLockouts lockouts(Redis on, boolean enabled) {
    return new SignInLockouts(defaults(enabled), new SharedLockouts(on), clock);
  }

  private static long lockedForSeconds(SignInLockouts lockouts, String account) {
    try {
      lockouts.checkNotLocked(account);
      return 0;
    } catch (ApiProblem problem) {
      assertThat(problem.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
      assertThat(problem.getMessage()).contains("sign in on a device you used before");
      return problem.retryAfter().toSeconds();
    }
  }

  /** Fails until locked; answers the lockout's length. */
  private long lockOut(SignInLockouts one, SignInLockouts other, String account) {
    for (int i = 0; i < 10; i++) {
      assertThat(lockedForSeconds(one, account)).isZero();
      (i % 2 == 0 ? one : other).recordFailure(account);
    }
    return lockedForSeconds(other, account);
  }

  private void growsAndIsForgotten(SignInLockouts one, SignInLockouts other) {
    String account = "owner-" + UUID.randomUUID() + "@example.com";
    long[] expected = {300, 600, 1200, 2400, 3600, 3600};
    for (long seconds : expected) {
      assertThat(lockOut(one, other, account)).isEqualTo(seconds);
      assertThat(lockedForSeconds(one, account.toUpperCase())).isEqualTo(seconds);
      clock.advance(Duration.ofSeconds(seconds));
    }
    // Nine failures within the window do not lock; the window then starts afresh.
    for (int i = 0; i < 9; i++) {
      one.recordFailure(account);
    }
    clock.advance(Duration.ofMinutes(5));
    one.recordFailure(account);
    assertThat(lockedForSeconds(one, account)).isZero();

    clock.advance(SignInLockouts.MEMORY.plusMinutes(1));
    assertThat(lockOut(one, other, account))
        .as("a quiet day forgets the escalation")
        .isEqualTo(300);
  }

  @Test
  void lockoutsGrowAcrossInstancesSharingRedis() {
    growsAndIsForgotten(lockouts(redis, true), lockouts(redis, true));
  }

  @Test
  void withoutRedisEachInstanceStillLocksOut() {
    SignInLockouts alone = lockouts(unreachable, true);
    growsAndIsForgotten(alone, alone);
  }

  @Test
  void switchedOffNothingLocks() {
    SignInLockouts off = lockouts(redis, false);
    for (int i = 0; i < 50; i++) {
      off.recordFailure("anyone@example.com");
    }
    off.checkNotLocked("anyone@example.com");
  }

  @Test
  void theLongestLockoutIsAtLeastOneWindow() {
    assertThatThrownBy(
            () ->
                new RateLimitProperties(
                    true,
                    null,
                    new RateLimitProperties.Limit(10, Duration.ofMinutes(5)),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Duration.ofMinutes(1),
                    5,
                    null))
        .hasMessageContaining("login-lockout-max");
  }
}
