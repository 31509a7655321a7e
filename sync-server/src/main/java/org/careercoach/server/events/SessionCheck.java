package org.careercoach.server.events;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The port through which the event streams ask whether the sessions they were opened with still
 * count. The auth feature implements it, so this feature never depends on auth (auth depends on
 * this one to close streams when a session ends).
 */
public interface SessionCheck {

  /** Those of these sessions that are neither revoked nor expired and whose user is enabled. */
  Set<UUID> activeAmong(Collection<UUID> sessionIds);
}
