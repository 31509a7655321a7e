package org.careercoach.desktop.service.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.service.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoachingAccessTest {

  @TempDir Path dataDir;

  private final CoachingClient client =
      new CoachingClient(
          new OkHttpClient(), ServerAddress.parse("http://localhost:9/"), Clock.systemUTC());

  @Test
  void offUntilTurnedOnAndTheChoiceOutlivesTheRun() throws Exception {
    CoachingAccess access =
        new CoachingAccess(
            new SettingsService(new SettingsStore(dataDir)), () -> Optional.of(client));

    assertThat(access.now()).isEqualTo(new CoachingAccess.Unavailable(CoachingAccess.TURNED_OFF));
    access.turn(true);

    assertThat(access.now().client()).containsSame(client);
    CoachingAccess nextRun =
        new CoachingAccess(
            new SettingsService(new SettingsStore(dataDir)), () -> Optional.of(client));
    assertThat(nextRun.turnedOn()).isTrue();
  }

  @Test
  void signedOutNothingGoesEvenWhenTurnedOn() throws Exception {
    CoachingAccess access =
        new CoachingAccess(new SettingsService(new SettingsStore(dataDir)), Optional::empty);
    access.turn(true);

    assertThat(access.now()).isEqualTo(new CoachingAccess.Unavailable(CoachingAccess.SIGNED_OUT));
  }

  @Test
  void turningItOffHoldsAtOnceEvenWhenTheChoiceCannotBeSaved() throws Exception {
    Path folder = dataDir.resolve("profile");
    new SettingsService(new SettingsStore(folder)).update(s -> s.withAiCoaching(true));
    CoachingAccess access =
        new CoachingAccess(
            new SettingsService(new SettingsStore(folder)), () -> Optional.of(client));
    assertThat(access.now().client()).isPresent();
    // The folder is gone and a file stands in its place: nothing can be saved there.
    Files.delete(folder.resolve("settings.properties"));
    Files.delete(folder);
    Files.writeString(folder, "not a folder");

    assertThatThrownBy(() -> access.turn(false)).isInstanceOf(IOException.class);

    assertThat(access.now().client()).as("off at once, saved or not").isEmpty();
  }
}
