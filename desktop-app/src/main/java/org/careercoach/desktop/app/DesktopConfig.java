package org.careercoach.desktop.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the app finds its server and keeps its data.
 *
 * @param serverFromEnvironment {@code COACH_SERVER_URL}, which wins over the saved setting; empty
 *     when unset
 * @param dataDir {@code COACH_DATA_DIR}, else the platform's app-data folder + CareerCoach/desktop
 */
public record DesktopConfig(String serverFromEnvironment, Path dataDir) {

  public static final String DEFAULT_SERVER_URL = "http://localhost:8080";

  public static DesktopConfig fromEnvironment(Map<String, String> env) {
    String server = env.getOrDefault("COACH_SERVER_URL", "").strip();
    String data = env.getOrDefault("COACH_DATA_DIR", "").strip();
    return new DesktopConfig(
        server,
        data.isEmpty()
            ? appDataFolder(env).resolve("CareerCoach").resolve("desktop")
            : Path.of(data));
  }

  /** Each platform's conventional place for an app's own data. */
  static Path appDataFolder(Map<String, String> env) {
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    Path home = Path.of(System.getProperty("user.home"));
    if (os.contains("win") && env.containsKey("APPDATA")) {
      return Path.of(env.get("APPDATA"));
    }
    if (os.contains("mac")) {
      return home.resolve("Library").resolve("Application Support");
    }
    String xdg = env.getOrDefault("XDG_DATA_HOME", "");
    return xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
  }
}
