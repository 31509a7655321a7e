package org.careercoach.server.auth;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * Tokens and sessions.
 *
 * @param issuer the access tokens' {@code iss}
 * @param jwtSecret {@code JWT_SECRET}: at least 32 bytes; empty means a generated secret kept in
 *     the data folder (the embedded default)
 * @param accessTokenLifetime {@code JWT_EXPIRES_IN}: {@code 15m}, {@code 24h}, {@code 900s}; a bare
 *     number is seconds
 * @param refreshIdleLifetime a refresh token unused this long is dead
 * @param refreshFamilyLifetime a session ends this long after sign-in, whatever happens
 * @param refreshRetryGrace a refresh repeated within this time, whose successor is still unused,
 *     gets that successor again (a lost response must not sign anyone out)
 * @param clockSkew tolerated difference between clocks when checking {@code exp} and {@code iat}
 * @param verificationTokenLifetime how long an email-verification link works
 * @param resetTokenLifetime how long a password-reset link works
 * @param deviceTokenLifetime {@code COACH_DEVICE_TOKEN_LIFETIME}: how long a device token (the
 *     proof that a sign-in comes from a device that signed in before) stays valid unused
 */
@ConfigurationProperties("coach.auth")
public record AuthProperties(
    @DefaultValue("career-coach") String issuer,
    String jwtSecret,
    @DefaultValue("15m") @DurationUnit(ChronoUnit.SECONDS) Duration accessTokenLifetime,
    @DefaultValue("30d") Duration refreshIdleLifetime,
    @DefaultValue("90d") Duration refreshFamilyLifetime,
    @DefaultValue("30s") Duration refreshRetryGrace,
    @DefaultValue("5s") Duration clockSkew,
    @DefaultValue("48h") Duration verificationTokenLifetime,
    @DefaultValue("1h") Duration resetTokenLifetime,
    @DefaultValue("365d") Duration deviceTokenLifetime) {

  public AuthProperties {
    if (clockSkew.compareTo(Duration.ofSeconds(5)) > 0) {
      throw new IllegalArgumentException("coach.auth.clock-skew may be at most 5s");
    }
    if (accessTokenLifetime.isNegative() || accessTokenLifetime.isZero()) {
      throw new IllegalArgumentException("JWT_EXPIRES_IN must be a positive duration");
    }
    if (deviceTokenLifetime.isNegative() || deviceTokenLifetime.isZero()) {
      throw new IllegalArgumentException("COACH_DEVICE_TOKEN_LIFETIME must be a positive duration");
    }
  }
}
