package org.careercoach.server.auth;

import java.util.Optional;
import java.util.UUID;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.config.ApiProblem;
import org.careercoach.server.config.CoachProperties;
import org.careercoach.server.email.EmailOutbox;
import org.careercoach.server.email.EmailTemplates;
import org.careercoach.server.users.User;
import org.careercoach.server.users.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/** Sign-up, sign-in, refresh, sign-out, email verification and password reset. */
@Service
class AuthService {

  private static final Logger security = LoggerFactory.getLogger("security");

  private final UserService users;
  private final Sessions sessions;
  private final AccessTokens accessTokens;
  private final AccountTokens accountTokens;
  private final EmailOutbox outbox;
  private final EmailTemplates templates;
  private final AuthProperties properties;
  private final CoachProperties coach;
  private final Devices devices;
  private final SignInGuard guard;
  private final ConsoleCookies consoleCookies;

  AuthService(
      UserService users,
      Sessions sessions,
      AccessTokens accessTokens,
      AccountTokens accountTokens,
      EmailOutbox outbox,
      EmailTemplates templates,
      AuthProperties properties,
      CoachProperties coach,
      Devices devices,
      SignInGuard guard,
      ConsoleCookies consoleCookies) {
    this.users = users;
    this.sessions = sessions;
    this.accessTokens = accessTokens;
    this.accountTokens = accountTokens;
    this.outbox = outbox;
    this.templates = templates;
    this.properties = properties;
    this.coach = coach;
    this.devices = devices;
    this.guard = guard;
    this.consoleCookies = consoleCookies;
  }

  /**
   * The account, its first session, its device and its welcome mail commit together, or none of
   * them. {@code deviceName} was checked by {@link DeviceNames#clean}.
   */
  @Transactional
  TokenPair register(String email, String password, String name, String deviceName) {
    User user = users.register(email, password, name);
    String token =
        accountTokens.issue(
            user.id(), AccountTokens.Purpose.VERIFY_EMAIL, properties.verificationTokenLifetime());
    outbox.enqueue(
        templates.welcome(
            user.id(), user.email(), user.name(), link("/verify-email", token), token));
    security.info("event=registered user={}", user.id());
    String deviceToken = devices.signedIn(user.id(), Optional.empty(), deviceName);
    return accessTokens
        .issue(sessions.start(user.id(), user.roles(), deviceName))
        .withDeviceToken(deviceToken);
  }

  /**
   * Not one transaction: the password check must not hold a database connection. An attempt with a
   * valid device token of this account is trusted: no lockout, only its own failure limit (ADR
   * 0005); any other attempt passes the per-address and per-account limits first.
   */
  TokenPair login(
      String email, String password, String deviceName, String deviceToken, String address) {
    SignedIn signedIn = authenticate(email, password, deviceToken, address);
    User user = signedIn.user();
    // The session first: if it fails, the device keeps the token it presented, which still works.
    Sessions.Issued session = sessions.start(user.id(), user.roles(), deviceName);
    String newDeviceToken = devices.signedIn(user.id(), signedIn.device(), deviceName);
    return accessTokens.issue(session).withDeviceToken(newDeviceToken);
  }

  /**
   * A sign-in to the admin console, under the API's limits and lockout (a browser has no device
   * token): a session named for the console, and the cookie that stands for it.
   */
  String consoleSignIn(String email, String password, String address) {
    User user = authenticate(email, password, null, address).user();
    Sessions.Issued session = sessions.start(user.id(), user.roles(), CONSOLE_DEVICE);
    security.info("event=console_sign_in user={}", user.id());
    return consoleCookies.open(session.sessionId());
  }

  static final String CONSOLE_DEVICE = "Admin console";

  private record SignedIn(User user, Optional<Devices.Trusted> device) {}

  private SignedIn authenticate(String email, String password, String deviceToken, String address) {
    Optional<Devices.Trusted> device = guard.admit(email, deviceToken, address);
    Optional<User> user = users.verifyCredentials(email, password);
    if (user.isEmpty()) {
      guard.failed(email, device);
      security.info("event=login_failed trusted_device={}", device.isPresent());
      throw new ApiProblem(
          HttpStatus.UNAUTHORIZED,
          "bad-credentials",
          "Sign-in failed",
          "The email or password is wrong.");
    }
    if (user.get().disabled()) {
      security.info("event=login_refused_disabled user={}", user.get().id());
      throw accountDisabled();
    }
    security.info("event=login user={} trusted_device={}", user.get().id(), device.isPresent());
    return new SignedIn(user.get(), device);
  }

  TokenPair refresh(String refreshToken) {
    Sessions.Issued issued;
    try {
      issued = sessions.rotate(refreshToken);
    } catch (Sessions.RefreshRefused refused) {
      if (refused.reason == Sessions.Refusal.REUSED) {
        security.warn("event=refresh_token_reuse user={} action=session_revoked", refused.userId);
      }
      throw signedOut();
    }
    return accessTokens.issue(issued);
  }

  void logout(String refreshToken) {
    sessions.sessionOf(refreshToken).ifPresent(sid -> sessions.revoke(sid, "logout"));
  }

  void logoutEverywhere(UUID userId) {
    int ended = sessions.revokeAll(userId, null, "logout everywhere");
    security.info("event=logout_all user={} count={}", userId, ended);
  }

  @Transactional
  void verifyEmail(String token) {
    UUID userId = accountTokens.consume(token, AccountTokens.Purpose.VERIFY_EMAIL);
    users.markEmailVerified(userId);
  }

  /** Sends a fresh verification link, unless the address is already verified. */
  @Transactional
  void resendVerification(UUID userId) {
    User user = users.require(userId);
    if (user.emailVerified()) {
      return;
    }
    String token =
        accountTokens.issue(
            userId, AccountTokens.Purpose.VERIFY_EMAIL, properties.verificationTokenLifetime());
    outbox.enqueue(
        templates.verification(
            userId, user.email(), user.name(), link("/verify-email", token), token));
  }

  /** Sends a reset link if the account exists and is enabled; says nothing either way. */
  @Transactional
  void sendPasswordReset(String email) {
    Optional<User> user = users.findByEmail(email).filter(u -> !u.disabled());
    if (user.isEmpty()) {
      return;
    }
    String token =
        accountTokens.issue(
            user.get().id(), AccountTokens.Purpose.RESET_PASSWORD, properties.resetTokenLifetime());
    outbox.enqueue(
        templates.passwordReset(
            user.get().id(),
            user.get().email(),
            user.get().name(),
            link("/reset-password", token),
            token));
    security.info("event=password_reset_requested user={}", user.get().id());
  }

  /** Sets the new password and ends every session; the user then signs in afresh. */
  @Transactional
  void confirmPasswordReset(String token, String newPassword) {
    UUID userId = accountTokens.consume(token, AccountTokens.Purpose.RESET_PASSWORD);
    users.resetPassword(userId, newPassword);
    security.info("event=password_reset user={}", userId);
  }

  private String link(String path, String token) {
    return coach.link(UriComponentsBuilder.fromPath(path).queryParam("token", token).toUriString());
  }

  static ApiProblem signedOut() {
    return new ApiProblem(
        HttpStatus.UNAUTHORIZED,
        "signed-out",
        "Signed out",
        "This session has ended. Sign in again.");
  }

  static ApiProblem accountDisabled() {
    return new ApiProblem(
        HttpStatus.FORBIDDEN,
        "account-disabled",
        "Account disabled",
        "This account has been disabled. Contact the administrator.");
  }
}
