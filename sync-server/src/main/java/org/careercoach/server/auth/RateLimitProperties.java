package org.careercoach.server.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits on the endpoints attackers hammer, per client address and per account. Each allows a
 * burst of {@code capacity} requests, refilled evenly over {@code period}; a limit left unset takes
 * the default named here.
 */
@ConfigurationProperties("coach.rate-limit")
public record RateLimitProperties(
    @DefaultValue("true") boolean enabled,
    Limit loginPerAddress,
    Limit loginPerAccount,
    Limit registerPerAddress,
    Limit refreshPerAddress,
    Limit resetPerAddress,
    Limit resetPerAccount) {

  public RateLimitProperties {
    loginPerAddress = orDefault(loginPerAddress, 30, Duration.ofMinutes(1));
    loginPerAccount = orDefault(loginPerAccount, 10, Duration.ofMinutes(5));
    registerPerAddress = orDefault(registerPerAddress, 10, Duration.ofHours(1));
    refreshPerAddress = orDefault(refreshPerAddress, 120, Duration.ofMinutes(1));
    resetPerAddress = orDefault(resetPerAddress, 10, Duration.ofMinutes(15));
    resetPerAccount = orDefault(resetPerAccount, 3, Duration.ofMinutes(15));
  }

  private static Limit orDefault(Limit limit, int capacity, Duration period) {
    return limit == null ? new Limit(capacity, period) : limit;
  }

  /** A burst of {@code capacity}, refilled over {@code period}. */
  public record Limit(int capacity, Duration period) {
    public Limit {
      if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("a rate limit needs a capacity ≥ 1 and a period > 0");
      }
    }
  }
}
