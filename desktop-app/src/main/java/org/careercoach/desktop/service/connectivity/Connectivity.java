package org.careercoach.desktop.service.connectivity;

import java.time.Duration;
import java.util.Optional;

/**
 * Whether the server in use can be reached, as last seen.
 *
 * @param server the server asked
 * @param checking a check is on its way
 * @param online the last check (or network action) reached the server
 * @param reason why it could not be reached; empty when online or not yet known
 * @param retryIn when offline: how long until the next check, else empty
 */
public record Connectivity(
    String server, boolean checking, boolean online, String reason, Optional<Duration> retryIn) {

  static Connectivity unknown(String server) {
    return new Connectivity(server, false, false, "", Optional.empty());
  }

  Connectivity asChecking(String asked) {
    return new Connectivity(asked, true, online, reason, Optional.empty());
  }
}
