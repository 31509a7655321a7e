package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.careercoach.server.config.ApiProblem;
import org.careercoach.server.redis.Redis;
import org.careercoach.server.redis.SharedBuckets;
import org.careercoach.server.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Against a real Redis, shared by two limiters as by two server instances; and without one. */
class RateLimiterTest {

  private static Redis redis;
  private static Redis unreachable;

  @BeforeAll
  static void connect() {
    redis = new Redis("127.0.0.1", TestRedis.port());
    redis.commands().flushall();
    unreachable = new Redis("127.0.0.1", 1);
  }

  @AfterAll
  static void close() {
    redis.close();
    unreachable.close();
  }

  private static RateLimiter limiter(boolean enabled) {
    return new RateLimiter(properties(enabled), new SharedBuckets(redis));
  }

  private static final RateLimitProperties.Limit THREE_PER_MINUTE =
      new RateLimitProperties.Limit(3, Duration.ofMinutes(1));

  @Test
  void eachKeyHasItsOwnBucketAndTheFourthRequestWaits() {
    RateLimiter limiter = limiter(true);
    RateLimiter otherInstance = limiter(true);
    for (int i = 0; i < 3; i++) {
      (i % 2 == 0 ? limiter : otherInstance).check("login-address", THREE_PER_MINUTE, "10.0.0.1");
    }

    assertThatThrownBy(() -> otherInstance.check("login-address", THREE_PER_MINUTE, "10.0.0.1"))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            p -> {
              assertThat(p.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
              assertThat(p.retryAfter()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(20));
            });
    limiter.check("login-address", THREE_PER_MINUTE, "10.0.0.2");
    limiter.check("register-address", THREE_PER_MINUTE, "10.0.0.1");
  }

  @Test
  void aChangedLimitTakesEffectAtOnceThoughRedisStillHoldsTheOldBucket() {
    RateLimiter before = limiter(true);
    for (int i = 0; i < 3; i++) {
      before.check("register-address", THREE_PER_MINUTE, "10.0.0.5");
    }
    assertThatThrownBy(() -> before.check("register-address", THREE_PER_MINUTE, "10.0.0.5"))
        .isInstanceOf(ApiProblem.class);

    RateLimitProperties.Limit raised = new RateLimitProperties.Limit(100, Duration.ofMinutes(1));
    RateLimiter after = limiter(true);
    for (int i = 0; i < 50; i++) {
      after.check("register-address", raised, "10.0.0.5");
    }
  }

  @Test
  void accountKeysIgnoreCase() {
    RateLimiter limiter = limiter(true);
    limiter.check("login-account", THREE_PER_MINUTE, "Ana@Example.com");
    limiter.check("login-account", THREE_PER_MINUTE, "ana@example.com");
    limiter.check("login-account", THREE_PER_MINUTE, "ANA@EXAMPLE.COM");

    assertThatThrownBy(() -> limiter.check("login-account", THREE_PER_MINUTE, "ana@example.com"))
        .isInstanceOf(ApiProblem.class);
  }

  @Test
  void switchedOffItLetsEverythingThrough() {
    RateLimiter limiter = limiter(false);
    for (int i = 0; i < 100; i++) {
      limiter.check("login-address", THREE_PER_MINUTE, "10.0.0.1");
    }
  }

  @Test
  void withoutRedisEachInstanceStillLimits() {
    RateLimiter limiter = new RateLimiter(properties(true), new SharedBuckets(unreachable));
    for (int i = 0; i < 3; i++) {
      limiter.check("login-address", THREE_PER_MINUTE, "10.0.0.9");
    }

    assertThatThrownBy(() -> limiter.check("login-address", THREE_PER_MINUTE, "10.0.0.9"))
        .isInstanceOf(ApiProblem.class);
  }

  private static RateLimitProperties properties(boolean enabled) {
    return new RateLimitProperties(
        enabled, null, null, null, null, null, null, null, null, null, 5, null);
  }
}
