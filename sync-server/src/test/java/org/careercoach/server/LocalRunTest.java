package org.careercoach.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRunTest {

  @TempDir Path folder;

  @Test
  void theFirstRunMakesTheAdminAccountShowsItOnceAndKeepsItOwnerOnly() throws Exception {
    Path file = folder.resolve("admin.env");
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();

    LocalRun.AdminAccount made =
        LocalRun.adminAccount(file, Map.of(), new PrintStream(first, true, StandardCharsets.UTF_8));
    LocalRun.AdminAccount again =
        LocalRun.adminAccount(
            file, Map.of(), new PrintStream(second, true, StandardCharsets.UTF_8));

    assertThat(made.email()).isEqualTo(LocalRun.ADMIN_EMAIL);
    assertThat(made.password()).hasSize(24).matches("[A-Za-z2-9]+");
    assertThat(first.toString(StandardCharsets.UTF_8))
        .contains("password: " + made.password())
        .contains("shown only now");
    assertThat(again).isEqualTo(made);
    assertThat(second.toString(StandardCharsets.UTF_8)).as("shown once").isEmpty();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void theOperatorsOwnAccountWinsAndADamagedFileGetsANewOne() throws Exception {
    Path file = folder.resolve("admin.env");
    Files.writeString(file, "COACH_ADMIN_EMAIL=someone@example.com\n");
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    LocalRun.AdminAccount given =
        LocalRun.adminAccount(
            file,
            Map.of("COACH_ADMIN_EMAIL", "ops@example.com", "COACH_ADMIN_PASSWORD", "their own"),
            quiet);
    LocalRun.AdminAccount repaired = LocalRun.adminAccount(file, Map.of(), quiet);

    assertThat(given).isEqualTo(new LocalRun.AdminAccount("ops@example.com", "their own"));
    assertThat(repaired.email()).isEqualTo(LocalRun.ADMIN_EMAIL);
    assertThat(Files.readString(file)).contains("COACH_ADMIN_PASSWORD=" + repaired.password());
    assertThat(LocalRun.password(24)).isNotEqualTo(LocalRun.password(24));
  }

  @Test
  void optionsAreTheServerOnlySwitchAndTheScriptsOwnAndNothingElse() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);

    assertThat(LocalRun.Options.parse(List.of(), errors)).contains(new LocalRun.Options(false));
    assertThat(LocalRun.Options.parse(List.of("--no-build", "--server-only"), errors))
        .contains(new LocalRun.Options(true));
    assertThat(LocalRun.Options.parse(List.of("--serve"), errors)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option --serve");
  }

  @Test
  void theDesktopOpensThroughItsFastLauncherWhereThereIsOneElseFromItsJar() throws Exception {
    Path java = Path.of("/jdk/bin/java");
    Path launcher = folder.resolve("desktop-app").resolve("career-coach");

    List<String> withoutLauncher = LocalRun.desktopCommand(folder, "Linux", java);
    Files.createDirectories(launcher.getParent());
    Files.writeString(launcher, "#!/bin/sh\n");
    launcher.toFile().setExecutable(true);

    assertThat(withoutLauncher)
        .containsExactly(
            java.toString(),
            "-jar",
            folder.resolve("desktop-app/target/desktop-app.jar").toString());
    assertThat(LocalRun.desktopCommand(folder, "Linux", java)).containsExactly(launcher.toString());
    assertThat(LocalRun.desktopCommand(folder, "Windows 11", java)).startsWith(java.toString());
  }
}
