package org.careercoach.desktop.service.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

  @TempDir Path dataDir;

  @Test
  void whatIsSavedIsLoadedByTheNextRun() throws Exception {
    new SettingsService(new SettingsStore(dataDir))
        .update(
            s ->
                s.withServerUrl("https://coach.example.com")
                    .withDarkTheme(true)
                    .withLastEmail("a@b.co")
                    .withSignedInTo("https://coach.example.com")
                    .withAiCoaching(true));

    Settings loaded = new SettingsStore(dataDir).load();

    assertThat(loaded)
        .isEqualTo(
            new Settings(
                "https://coach.example.com", true, "a@b.co", "https://coach.example.com", true));
    try (var files = Files.list(dataDir)) {
      assertThat(files).as("no temporary file left").hasSize(1);
    }
  }

  @Test
  void noFileOrADamagedOneGivesTheDefaults() throws Exception {
    assertThat(new SettingsStore(dataDir).load()).isEqualTo(Settings.DEFAULTS);
    assertThat(Settings.DEFAULTS.aiCoaching()).as("AI coaching is off until turned on").isFalse();

    Files.write(dataDir.resolve("settings.properties"), new byte[] {'a', '=', '\\', 'u', '1'});

    assertThat(new SettingsStore(dataDir).load()).isEqualTo(Settings.DEFAULTS);
  }

  @Test
  void aChangeThatChangesNothingWritesNothing() throws Exception {
    SettingsService settings = new SettingsService(new SettingsStore(dataDir));

    settings.update(s -> s.withLastEmail(""));

    assertThat(dataDir.resolve("settings.properties")).doesNotExist();
  }

  @Test
  void nothingSecretIsWritten() throws Exception {
    new SettingsService(new SettingsStore(dataDir)).update(s -> s.withLastEmail("a@b.co"));

    String text = Files.readString(dataDir.resolve("settings.properties"), StandardCharsets.UTF_8);

    assertThat(text).doesNotContainIgnoringCase("token").doesNotContainIgnoringCase("password");
  }
}
