package org.careercoach.server.auth;

import jakarta.servlet.http.HttpServletRequest;
import org.careercoach.model.api.LoginRequest;
import org.careercoach.model.api.PasswordResetConfirmation;
import org.careercoach.model.api.PasswordResetRequest;
import org.careercoach.model.api.RefreshRequest;
import org.careercoach.model.api.RegisterRequest;
import org.careercoach.model.api.TokenPair;
import org.careercoach.model.api.TokenRequest;
import org.careercoach.server.config.ApiProblem;
import org.careercoach.server.config.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

  private static final Logger log = LoggerFactory.getLogger(AuthController.class);

  private final AuthService auth;
  private final RateLimiter limiter;
  private final RateLimitProperties limits;
  private final TaskExecutor background;
  private final ClientAddresses addresses;

  AuthController(
      AuthService auth,
      RateLimiter limiter,
      RateLimitProperties limits,
      @Qualifier("applicationTaskExecutor") TaskExecutor background,
      ClientAddresses addresses) {
    this.auth = auth;
    this.limiter = limiter;
    this.limits = limits;
    this.background = background;
    this.addresses = addresses;
  }

  @PostMapping("/register")
  ResponseEntity<TokenPair> register(@RequestBody RegisterRequest body, HttpServletRequest http) {
    String deviceName = DeviceNames.clean(body.deviceName());
    limiter.check("register-address", limits.registerPerAddress(), addresses.of(http));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(auth.register(body.email(), body.password(), body.name(), deviceName));
  }

  /** The limits depend on whether the attempt presents a device token: see {@link SignInGuard}. */
  @PostMapping("/login")
  TokenPair login(@RequestBody LoginRequest body, HttpServletRequest http) {
    String deviceName = DeviceNames.clean(body.deviceName());
    String email = String.valueOf(body.email()).strip();
    if (email.length() > 254) {
      throw ApiProblem.invalid("email", "is not an email address");
    }
    return auth.login(email, body.password(), deviceName, body.deviceToken(), addresses.of(http));
  }

  @PostMapping("/refresh")
  TokenPair refresh(@RequestBody RefreshRequest body, HttpServletRequest http) {
    limiter.check("refresh-address", limits.refreshPerAddress(), addresses.of(http));
    return auth.refresh(required(body.refreshToken(), "refreshToken"));
  }

  @PostMapping("/logout")
  ResponseEntity<Void> logout(@RequestBody RefreshRequest body) {
    auth.logout(required(body.refreshToken(), "refreshToken"));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/logout-all")
  ResponseEntity<Void> logoutAll(@AuthenticationPrincipal Jwt jwt) {
    auth.logoutEverywhere(CurrentUser.of(jwt).userId());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/verify-email")
  ResponseEntity<Void> verifyEmail(@RequestBody TokenRequest body) {
    auth.verifyEmail(required(body.token(), "token"));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/verify-email/resend")
  ResponseEntity<Void> resendVerification(
      @AuthenticationPrincipal Jwt jwt, HttpServletRequest http) {
    CurrentUser me = CurrentUser.of(jwt);
    limiter.check(
        "verify-resend-address", limits.verificationResendPerAddress(), addresses.of(http));
    limiter.check(
        "verify-resend-account", limits.verificationResendPerAccount(), me.userId().toString());
    auth.resendVerification(me.userId());
    return ResponseEntity.accepted().build();
  }

  /**
   * Always 202, at once: the lookup and the mail happen in the background, so neither the answer
   * nor its timing tells whether the account exists.
   */
  @PostMapping("/password-reset/request")
  ResponseEntity<Void> requestPasswordReset(
      @RequestBody PasswordResetRequest body, HttpServletRequest http) {
    String email = required(body.email(), "email").strip();
    if (email.length() > 254) {
      throw ApiProblem.invalid("email", "is not an email address");
    }
    limiter.check("reset-address", limits.resetPerAddress(), addresses.of(http));
    limiter.check("reset-account", limits.resetPerAccount(), email);
    background.execute(() -> sendResetQuietly(email));
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/password-reset/confirm")
  ResponseEntity<Void> confirmPasswordReset(@RequestBody PasswordResetConfirmation body) {
    auth.confirmPasswordReset(required(body.token(), "token"), body.newPassword());
    return ResponseEntity.noContent().build();
  }

  private void sendResetQuietly(String email) {
    try {
      auth.sendPasswordReset(email);
    } catch (RuntimeException e) {
      // The client was already answered; the failure is the operator's to see.
      log.error("Could not prepare a password-reset email", e);
    }
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw ApiProblem.invalid(field, "is required");
    }
    return value;
  }
}
