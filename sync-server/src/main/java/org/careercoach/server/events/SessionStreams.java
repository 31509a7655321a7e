package org.careercoach.server.events;

import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Ends the event streams of sessions that ended, on every instance: here at once, elsewhere through
 * Redis. Call it after the commit that ended the session, so no instance checks the session before
 * the change is visible.
 */
@Service
public class SessionStreams {

  private final EventStreams streams;

  SessionStreams(EventStreams streams) {
    this.streams = streams;
  }

  /** One session ended (sign-out, a refresh token replayed, one session ended from the list). */
  public void sessionEnded(UUID userId, UUID sessionId) {
    streams.closeEverywhere(CloseRequest.session(userId, sessionId));
  }

  /** Every session of the user ended, except {@code keepSessionId} when it is not null. */
  public void sessionsEnded(UUID userId, UUID keepSessionId) {
    streams.closeEverywhere(CloseRequest.allSessionsBut(userId, keepSessionId));
  }
}
