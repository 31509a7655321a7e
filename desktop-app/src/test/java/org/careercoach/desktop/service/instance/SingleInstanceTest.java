package org.careercoach.desktop.service.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes on one data folder, and on two: a real OS lock and a real loopback knock. */
class SingleInstanceTest {

  @TempDir Path dir;

  private Process child(Path dataDir) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "-XX:TieredStopAtLevel=1",
            InstanceChild.class.getName(),
            dataDir.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  @Test
  void aSecondStartOnTheSameFolderKnocksAndTheFirstAnswers() throws Exception {
    Path data = dir.resolve("data");
    Process first = child(data);
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("first");

      assertThatThrownBy(() -> SingleInstance.claim(data, () -> {}))
          .isInstanceOfSatisfying(
              SingleInstance.AlreadyRunning.class,
              e -> {
                assertThat(e.answered()).isTrue();
                assertThat(e.getMessage()).contains("already running", "front");
              });
      assertThat(out.readLine()).isEqualTo("knocked");

      first.getOutputStream().close(); // the first app closes
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    AtomicInteger knocks = new AtomicInteger();
    try (SingleInstance now = SingleInstance.claim(data, knocks::incrementAndGet)) {
      assertThat(now).isNotNull(); // the folder is free again
    }
  }

  @Test
  void appsOnTwoFoldersRunSideBySide() throws Exception {
    Process other = child(dir.resolve("one"));
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("first");
      try (SingleInstance mine = SingleInstance.claim(dir.resolve("two"), () -> {})) {
        assertThat(mine).isNotNull();
      }
      other.getOutputStream().close();
      assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aKilledFirstAppLeavesNothingThatBlocksTheNextStart() throws Exception {
    Path data = dir.resolve("data");
    Process first = child(data);
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("first");
      first.toHandle().destroyForcibly();
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    try (SingleInstance now = SingleInstance.claim(data, () -> {})) {
      assertThat(now).isNotNull();
    }
  }
}
