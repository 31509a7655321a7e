package org.careercoach.desktop.service;

import java.time.Duration;
import java.util.Optional;

/**
 * Whether the sync server could be reached, and if not, why in words.
 *
 * @param online true when the server answered its health check
 * @param reason why it could not be reached; empty when online
 * @param retryAfter how long the server asked us to wait (429, 503), or null
 */
public record ServerStatus(boolean online, String reason, Duration retryAfter) {

  public static ServerStatus up() {
    return new ServerStatus(true, "", null);
  }

  public static ServerStatus down(String reason) {
    return new ServerStatus(false, reason, null);
  }

  public static ServerStatus busy(String reason, Duration retryAfter) {
    return new ServerStatus(false, reason, retryAfter);
  }

  public Optional<Duration> waitAsked() {
    return Optional.ofNullable(retryAfter);
  }
}
