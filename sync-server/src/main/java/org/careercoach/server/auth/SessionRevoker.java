package org.careercoach.server.auth;

import java.util.EnumSet;
import org.careercoach.server.users.AccountDeleting;
import org.careercoach.server.users.AccountDisabled;
import org.careercoach.server.users.PasswordChanged;
import org.careercoach.server.users.SessionsInvalidated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions, and the links mailed to them, when the users feature says their
 * credentials or standing changed. A new password ends the reset links (a verification link only
 * proves the address and stays valid); a disabled account loses its verification links too.
 */
@Component
class SessionRevoker {

  private static final Logger security = LoggerFactory.getLogger("security");

  private final Sessions sessions;
  private final AccountTokens accountTokens;

  SessionRevoker(Sessions sessions, AccountTokens accountTokens) {
    this.sessions = sessions;
    this.accountTokens = accountTokens;
  }

  /** Runs inside the publisher's transaction: the change and the revocation commit together. */
  @EventListener
  void on(SessionsInvalidated event) {
    int ended = sessions.revokeAll(event.userId(), event.keepSessionId(), event.reason());
    security.info(
        "event=sessions_revoked user={} reason=\"{}\" count={}",
        event.userId(),
        event.reason(),
        ended);
  }

  @EventListener
  void on(PasswordChanged event) {
    int ended =
        accountTokens.retire(event.userId(), EnumSet.of(AccountTokens.Purpose.RESET_PASSWORD));
    security.info(
        "event=account_tokens_retired user={} reason=\"password changed\" count={}",
        event.userId(),
        ended);
  }

  @EventListener
  void on(AccountDisabled event) {
    int ended = accountTokens.retire(event.userId(), EnumSet.allOf(AccountTokens.Purpose.class));
    security.info(
        "event=account_tokens_retired user={} reason=\"account disabled\" count={}",
        event.userId(),
        ended);
  }

  /** The rows cascade away; ending the sessions first closes their event streams at once. */
  @EventListener
  void on(AccountDeleting event) {
    sessions.revokeAll(event.userId(), null, "account deleted");
  }
}
