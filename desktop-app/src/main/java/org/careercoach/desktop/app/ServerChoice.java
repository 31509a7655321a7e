package org.careercoach.desktop.app;

import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.settings.Settings;

/**
 * Which server the app starts with: {@code COACH_SERVER_URL}, else the one chosen in Settings, else
 * this computer's. An address that is refused (plain HTTP across a network, a typo) falls back to
 * this computer's, with the reason shown on the Sign in screen.
 *
 * @param problem why the configured address was not used; empty when it was
 */
record ServerChoice(ServerAddress address, String problem) {

  static ServerChoice of(DesktopConfig config, Settings settings) {
    String configured =
        !config.serverFromEnvironment().isEmpty()
            ? config.serverFromEnvironment()
            : settings.serverUrl();
    ServerAddress fallback = ServerAddress.parse(DesktopConfig.DEFAULT_SERVER_URL);
    if (configured.isEmpty()) {
      return new ServerChoice(fallback, "");
    }
    try {
      return new ServerChoice(ServerAddress.parse(configured), "");
    } catch (IllegalArgumentException e) {
      return new ServerChoice(
          fallback,
          "The server "
              + configured
              + " was not used: "
              + e.getMessage()
              + " Using "
              + fallback
              + " instead.");
    }
  }
}
