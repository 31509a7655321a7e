package org.careercoach.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings every feature shares.
 *
 * @param dataDir {@code COACH_DATA_DIR}: where the embedded defaults keep their data; empty means
 *     the platform's app-data folder + {@code CareerCoach/server}
 * @param publicUrl {@code COACH_PUBLIC_URL} (alias {@code FRONTEND_URL}): the server's public
 *     address, the only base of links in emails (never the request's Host header)
 */
@ConfigurationProperties("coach")
public record CoachProperties(String dataDir, URI publicUrl) {

  public CoachProperties {
    if (publicUrl == null) {
      publicUrl = URI.create("http://localhost:8080");
    }
  }

  /** The data folder, resolved. */
  public Path dataDirectory() {
    if (dataDir != null && !dataDir.isBlank()) {
      return Path.of(dataDir).toAbsolutePath();
    }
    return appDataFolder().resolve("CareerCoach").resolve("server");
  }

  /** A link under the public address, such as {@code /reset-password?token=…}. */
  public String link(String pathAndQuery) {
    String base = publicUrl.toString();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
  }

  private static Path appDataFolder() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    Path home = Path.of(System.getProperty("user.home"));
    String appData = System.getenv("APPDATA");
    if (os.contains("win") && appData != null) {
      return Path.of(appData);
    }
    if (os.contains("mac")) {
      return home.resolve("Library").resolve("Application Support");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    return xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
  }
}
