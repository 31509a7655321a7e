package org.careercoach.server.auth;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides how a sign-in attempt is limited, after OWASP's "device cookies": an attempt presenting a
 * valid device token of the account is trusted and never locked out by others' failures; its own
 * wrong passwords count against that token, which dies after a few. Every other attempt is limited
 * per address and, across all addresses, per account, with a lockout that grows.
 */
@Component
class SignInGuard {

  private static final Logger security = LoggerFactory.getLogger("security");

  private final Devices devices;
  private final RateLimiter limiter;
  private final SignInLockouts lockouts;
  private final RateLimitProperties limits;

  SignInGuard(
      Devices devices, RateLimiter limiter, SignInLockouts lockouts, RateLimitProperties limits) {
    this.devices = devices;
    this.limiter = limiter;
    this.limits = limits;
    this.lockouts = lockouts;
  }

  /** The trusted device of this attempt, or empty after the untrusted limits let it through. */
  Optional<Devices.Trusted> admit(String email, String deviceToken, String address) {
    Optional<Devices.Trusted> device =
        deviceToken == null ? Optional.empty() : devices.trusted(deviceToken, email);
    if (device.isEmpty()) {
      limiter.check("login-address", limits.loginPerAddress(), address);
      lockouts.checkNotLocked(String.valueOf(email));
    }
    return device;
  }

  /** Counts a wrong password against the device token, or against the account if untrusted. */
  void failed(String email, Optional<Devices.Trusted> device) {
    if (device.isEmpty()) {
      lockouts.recordFailure(String.valueOf(email));
    } else if (devices.recordFailure(device.get(), limits.deviceTokenFailures())) {
      security.warn(
          "event=device_token_invalidated user={} device={} reason=too_many_failures",
          device.get().userId(),
          device.get().id());
    }
  }
}
