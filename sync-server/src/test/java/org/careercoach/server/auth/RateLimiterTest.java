package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.careercoach.server.config.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class RateLimiterTest {

  private static final RateLimitProperties.Limit THREE_PER_MINUTE =
      new RateLimitProperties.Limit(3, Duration.ofMinutes(1));

  @Test
  void eachKeyHasItsOwnBucketAndTheFourthRequestWaits() {
    RateLimiter limiter = new RateLimiter(properties(true));
    for (int i = 0; i < 3; i++) {
      limiter.check("login-address", THREE_PER_MINUTE, "10.0.0.1");
    }

    assertThatThrownBy(() -> limiter.check("login-address", THREE_PER_MINUTE, "10.0.0.1"))
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
  void accountKeysIgnoreCase() {
    RateLimiter limiter = new RateLimiter(properties(true));
    limiter.check("login-account", THREE_PER_MINUTE, "Ana@Example.com");
    limiter.check("login-account", THREE_PER_MINUTE, "ana@example.com");
    limiter.check("login-account", THREE_PER_MINUTE, "ANA@EXAMPLE.COM");

    assertThatThrownBy(() -> limiter.check("login-account", THREE_PER_MINUTE, "ana@example.com"))
        .isInstanceOf(ApiProblem.class);
  }

  @Test
  void switchedOffItLetsEverythingThrough() {
    RateLimiter limiter = new RateLimiter(properties(false));
    for (int i = 0; i < 100; i++) {
      limiter.check("login-address", THREE_PER_MINUTE, "10.0.0.1");
    }
  }

  private static RateLimitProperties properties(boolean enabled) {
    return new RateLimitProperties(enabled, null, null, null, null, null, null);
  }
}
