package org.careercoach.desktop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import org.careercoach.desktop.service.coaching.CoachingAccess;
import org.careercoach.desktop.service.coaching.CoachingClient;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.service.settings.SettingsStore;

/** Coaching through {@code client} as a signed-in person would have it, on or off in Settings. */
public final class CoachingOn {

  private CoachingOn() {}

  /** Signed in, AI coaching turned on. */
  public static CoachingAccess through(CoachingClient client) {
    CoachingAccess access = signedInOnly(client);
    try {
      access.turn(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return access;
  }

  /** Signed in, AI coaching still off, as it is until the person turns it on. */
  public static CoachingAccess signedInOnly(CoachingClient client) {
    try {
      SettingsService settings =
          new SettingsService(new SettingsStore(Files.createTempDirectory("coach-settings")));
      return new CoachingAccess(settings, () -> Optional.of(client));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
