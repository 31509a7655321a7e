package org.careercoach.server.auth;

import org.careercoach.server.users.SessionsInvalidated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Ends a user's sessions when the users feature says their credentials or standing changed. */
@Component
class SessionRevoker {

  private static final Logger security = LoggerFactory.getLogger("security");

  private final Sessions sessions;

  SessionRevoker(Sessions sessions) {
    this.sessions = sessions;
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
}
