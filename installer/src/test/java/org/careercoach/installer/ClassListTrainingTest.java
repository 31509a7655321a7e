package org.careercoach.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassListTrainingTest {

  private static final Path LAUNCHER = Path.of("/img/career-coach/bin/career-coach");
  private static final Path SHOT = Path.of("/tmp/t/first-screen.png");

  @Test
  void trainsOnTheDisplayThereIs() {
    assertThat(ClassListTraining.command(LAUNCHER, SHOT, ":99", program -> false))
        .containsExactly(LAUNCHER.toString(), "--smoke", SHOT.toString());
  }

  @Test
  void withoutADisplayTrainsInsideXvfb() {
    assertThat(ClassListTraining.command(LAUNCHER, SHOT, "", "xvfb-run"::equals))
        .containsExactly(
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            LAUNCHER.toString(),
            "--smoke",
            SHOT.toString());
  }

  @Test
  void withNeitherRefusesToPackageRatherThanShipWithoutTheList() {
    assertThatThrownBy(() -> ClassListTraining.command(LAUNCHER, SHOT, null, program -> false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs an X display")
        .hasMessageContaining("apt-get install xvfb xauth");
  }

  @Test
  void theRunIsAUserOfItsOwnWithNoServerAndWritesTheList(@TempDir Path home) {
    Map<String, String> env = new HashMap<>(Map.of("XDG_DATA_HOME", "/home/builder/.local/share"));
    Path list = home.resolve("career-coach.classlist");

    ClassListTraining.environment(env, home, list);

    assertThat(env).doesNotContainKey("XDG_DATA_HOME");
    assertThat(env)
        .containsEntry("HOME", home.toString())
        .containsEntry("COACH_DATA_DIR", home.resolve("data").toString())
        .containsEntry("COACH_SERVER_URL", "http://127.0.0.1:9");
    assertThat(env.get("JAVA_TOOL_OPTIONS"))
        .isEqualTo("-Duser.home=" + home + " -XX:DumpLoadedClassList=" + list);
  }

  @Test
  void aListWithNoneOfTheAppsClassesMeansTheAppNeverStarted(@TempDir Path dir) throws IOException {
    Path list = dir.resolve("career-coach.classlist");
    Files.write(list, List.of("java/lang/Object id: 0", "java/lang/String id: 1"));

    assertThatThrownBy(() -> ClassListTraining.check(list))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("listed none of the app's classes");
    assertThatThrownBy(() -> ClassListTraining.check(dir.resolve("missing.classlist")))
        .isInstanceOf(IllegalStateException.class);

    Files.write(list, List.of("java/lang/Object id: 0", "org/careercoach/desktop/app/Launcher"));
    ClassListTraining.check(list);
  }
}
