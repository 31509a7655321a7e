package org.careercoach.desktop.service.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Keeps {@link Settings} in {@code settings.properties} in the data folder. Written whole to a
 * temporary file and moved into place, so a crash mid-write leaves the old file, never half of one.
 * A file that cannot be read gives the defaults: settings are never worth refusing to start for.
 */
public final class SettingsStore {

  private static final System.Logger log = System.getLogger(SettingsStore.class.getName());

  private final Path file;

  public SettingsStore(Path dataDir) {
    this.file = dataDir.resolve("settings.properties");
  }

  public Settings load() {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (NoSuchFileException e) {
      return Settings.DEFAULTS;
    } catch (IOException | IllegalArgumentException e) {
      log.log(Level.WARNING, "Could not read {0}; using the defaults: {1}", file, e.getMessage());
      return Settings.DEFAULTS;
    }
    return new Settings(
        properties.getProperty("server.url", ""),
        Boolean.parseBoolean(properties.getProperty("theme.dark", "false")),
        properties.getProperty("signin.last-email", ""),
        properties.getProperty("signin.kept-for", ""),
        Boolean.parseBoolean(properties.getProperty("coaching.ai", "false")));
  }

  public void save(Settings settings) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("server.url", settings.serverUrl());
    properties.setProperty("theme.dark", Boolean.toString(settings.darkTheme()));
    properties.setProperty("signin.last-email", settings.lastEmail());
    properties.setProperty("signin.kept-for", settings.signedInTo());
    properties.setProperty("coaching.ai", Boolean.toString(settings.aiCoaching()));
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), "settings", ".tmp");
    try {
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        properties.store(writer, "Career Coach settings");
      }
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
