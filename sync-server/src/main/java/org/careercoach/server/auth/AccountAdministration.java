package org.careercoach.server.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.model.api.SessionInfo;
import org.careercoach.server.config.ApiProblem;
import org.careercoach.server.users.UserService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** What the admin console does to an account's sign-in: its sessions and a password-reset mail. */
@Service
public class AccountAdministration {

  private final Sessions sessions;
  private final AuthService auth;
  private final UserService users;

  AccountAdministration(Sessions sessions, AuthService auth, UserService users) {
    this.sessions = sessions;
    this.auth = auth;
    this.users = users;
  }

  /** The account's live sessions, most recently used first; {@code current} is marked. */
  public List<SessionInfo> sessions(UUID userId, UUID current) {
    return sessions.active(userId, current);
  }

  /** When the account last signed in (any device, the console included), if ever. */
  public Optional<Instant> lastSignIn(UUID userId) {
    return sessions.lastStarted(userId);
  }

  /** Ends one session of this account (its tokens, console and event streams stop at once). */
  public void endSession(UUID userId, UUID sessionId) {
    if (!sessions.belongsTo(sessionId, userId)) {
      throw new ApiProblem(
          HttpStatus.NOT_FOUND, "session-not-found", "Session not found", "No such session.");
    }
    sessions.revoke(sessionId, "ended by an admin");
  }

  /**
   * Mails the account a password-reset link, as if its owner had asked (never to a disabled one).
   */
  public void sendPasswordReset(UUID userId) {
    var user = users.require(userId);
    if (user.disabled()) {
      throw new ApiProblem(
          HttpStatus.CONFLICT,
          "account-disabled",
          "Account disabled",
          "Enable the account first: a disabled account gets no reset link.");
    }
    auth.sendPasswordReset(user.email());
  }

  /** The device name every console session carries, so the pages can tell them apart. */
  public static String consoleDevice() {
    return AuthService.CONSOLE_DEVICE;
  }
}
