package org.careercoach.server.auth;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits on the endpoints attackers hammer, per client address and per account. Each allows a
 * burst of {@code capacity} requests, refilled evenly over {@code period}; a limit left unset takes
 * the default named here.
 *
 * <p>Sign-in is special (ADR 0005): {@code loginPerAccount} counts wrong passwords of untrusted
 * attempts (without a valid device token); reaching it locks the account's untrusted sign-in for
 * its period, doubled at each further lockout up to {@code loginLockoutMax}. A device token that
 * comes with {@code deviceTokenFailures} wrong passwords is deleted.
 *
 * @param trustedProxies {@code COACH_TRUSTED_PROXIES}: CIDRs of reverse proxies whose {@code
 *     X-Forwarded-For} and {@code Forwarded} headers name the client; empty means none is trusted
 */
@ConfigurationProperties("coach.rate-limit")
public record RateLimitProperties(
    @DefaultValue("true") boolean enabled,
    Limit loginPerAddress,
    Limit loginPerAccount,
    Limit registerPerAddress,
    Limit refreshPerAddress,
    Limit resetPerAddress,
    Limit resetPerAccount,
    Limit verificationResendPerAddress,
    Limit verificationResendPerAccount,
    @DefaultValue("1h") Duration loginLockoutMax,
    @DefaultValue("5") int deviceTokenFailures,
    @DefaultValue List<String> trustedProxies) {

  public RateLimitProperties {
    loginPerAddress = orDefault(loginPerAddress, 30, Duration.ofMinutes(1));
    loginPerAccount = orDefault(loginPerAccount, 10, Duration.ofMinutes(5));
    registerPerAddress = orDefault(registerPerAddress, 10, Duration.ofHours(1));
    refreshPerAddress = orDefault(refreshPerAddress, 120, Duration.ofMinutes(1));
    resetPerAddress = orDefault(resetPerAddress, 10, Duration.ofMinutes(15));
    resetPerAccount = orDefault(resetPerAccount, 3, Duration.ofMinutes(15));
    verificationResendPerAddress =
        orDefault(verificationResendPerAddress, 10, Duration.ofMinutes(15));
    verificationResendPerAccount = orDefault(verificationResendPerAccount, 3, Duration.ofHours(1));
    if (loginLockoutMax == null) {
      loginLockoutMax = Duration.ofHours(1);
    }
    if (loginLockoutMax.compareTo(loginPerAccount.period()) < 0) {
      throw new IllegalArgumentException(
          "coach.rate-limit.login-lockout-max must be at least login-per-account.period");
    }
    if (deviceTokenFailures < 1) {
      throw new IllegalArgumentException("coach.rate-limit.device-token-failures must be ≥ 1");
    }
    trustedProxies =
        trustedProxies == null
            ? List.of()
            : trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    trustedProxies.forEach(Cidr::parse); // a typo fails the start, not every request
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
