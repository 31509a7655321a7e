package org.careercoach.desktop.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 while typing: a child JVM saves edit after edit and reports each once saved; it is killed
 * (SIGKILL) at random points, and every restart must show every edit it reported.
 */
class CrashTest {

  private static final int KILLS = 3;

  @TempDir Path dir;

  static long editIn(LocalDraft draft) {
    return Long.parseLong(draft.resume().basics().summary().substring("edit ".length()));
  }

  @Test
  void everyEditReportedSavedSurvivesAKill() throws Exception {
    Path file = dir.resolve("drafts.db");
    Random random = new Random();
    long reported = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      int savesBeforeKill = 1 + random.nextInt(80);
      Process child = start(file);
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line = out.readLine();
        assertThat(line)
            .as("the child's first line (see %s)", dir.resolve("child.err"))
            .startsWith("ready ");
        assertThat(Long.parseLong(line.substring(6))).isGreaterThanOrEqualTo(reported);
        for (int seen = 0; seen < savesBeforeKill; seen++) {
          line = out.readLine();
          assertThat(line).as("a save report").startsWith("saved ");
          reported = Long.parseLong(line.substring(6));
        }
        // SIGKILL (on Linux and macOS), through the handle: Process.destroyForcibly would also
        // close the pipe, and the lines the child printed just before it died would be lost.
        child.toHandle().destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // What the child printed before it died is also a report of a save.
        for (line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith("saved ")) {
            reported = Long.parseLong(line.substring(6));
          }
        }
      }

      try (SqliteDraftStore store = SqliteDraftStore.open(file, Clock.systemUTC())) {
        assertThat(store.quickCheck()).isEmpty();
        LocalDraft draft = store.find(store.list(DraftSort.TITLE).get(0).id()).orElseThrow();
        long stored = editIn(draft);
        assertThat(stored).as("after kill %d", kill + 1).isGreaterThanOrEqualTo(reported);
        assertThat(draft.revision()).isEqualTo(stored + 1);
        assertThat(store.pendingChanges()).hasSize((int) stored + 1);
      }
    }
  }

  private Process start(Path file) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "-XX:TieredStopAtLevel=1",
            "-Xshare:auto",
            TypingChild.class.getName(),
            file.toString())
        .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child.err").toFile()))
        .start();
  }
}
