package org.careercoach.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedDataTest {

  @TempDir Path tmp;

  @Test
  void missingDataSkipsWithTheFolderAndTheSettingNamed() {
    Path missing = tmp.resolve("nowhere");

    assertThatThrownBy(
            () ->
                SharedData.require(
                    "eval/dev/docs", Map.of("COACH_SHARED_DIR", missing.toString()), tmp))
        .isExactlyInstanceOf(TestAbortedException.class)
        .hasMessage(
            "skipped: "
                + missing
                + "/eval/dev/docs (from COACH_SHARED_DIR) is absent: set COACH_SHARED_DIR to the"
                + " shared folder");
  }

  @Test
  void missingDataFailsWhenEverythingIsRequired() {
    Path missing = tmp.resolve("nowhere");
    Map<String, String> env =
        Map.of("COACH_SHARED_DIR", missing.toString(), "COACH_REQUIRE_ALL", "1");

    assertThatThrownBy(() -> SharedData.require("eval/dev/docs", env, tmp))
        .isExactlyInstanceOf(AssertionFailedError.class)
        .hasMessage(
            missing
                + "/eval/dev/docs (from COACH_SHARED_DIR) is absent: set COACH_SHARED_DIR to the"
                + " shared folder; COACH_REQUIRE_ALL=1 forbids skipping");
  }

  @Test
  void withoutTheSettingTheMessageNamesTheSharedFolderBesideTheRepository() {
    // A temporary folder has no "shared" beside any of its ancestors.
    assertThatThrownBy(() -> SharedData.require("eval/dev/docs", Map.of(), tmp))
        .isExactlyInstanceOf(TestAbortedException.class)
        .hasMessageContaining("../shared/eval/dev/docs is absent")
        .hasMessageContaining("COACH_SHARED_DIR");
    assertThatThrownBy(
            () -> SharedData.require("eval/dev/docs", Map.of("COACH_REQUIRE_ALL", "1"), tmp))
        .isExactlyInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("../shared/eval/dev/docs is absent");
  }

  @Test
  void onlyTheValueOneRequiresEverything() {
    Map<String, String> env =
        Map.of("COACH_SHARED_DIR", tmp.resolve("nowhere").toString(), "COACH_REQUIRE_ALL", "0");

    assertThatThrownBy(() -> SharedData.require("x", env, tmp))
        .isExactlyInstanceOf(TestAbortedException.class);
  }

  @Test
  void anyMissingPartSkipsOrFailsWithItsReason() {
    String why = "python3 is not on the PATH, so score.py cannot run";

    assertThatThrownBy(() -> SharedData.unavailable(why, Map.of()))
        .isExactlyInstanceOf(TestAbortedException.class)
        .hasMessage("skipped: " + why);
    assertThatThrownBy(() -> SharedData.unavailable(why, Map.of("COACH_REQUIRE_ALL", "1")))
        .isExactlyInstanceOf(AssertionFailedError.class)
        .hasMessage(why + "; COACH_REQUIRE_ALL=1 forbids skipping");
  }

  @Test
  void presentDataIsFoundThroughTheSettingOrBesideAnAncestor() throws Exception {
    Path shared = Files.createDirectories(tmp.resolve("shared"));
    Files.createDirectories(shared.resolve("jsonresume"));
    Files.createDirectories(shared.resolve("eval/dev/docs"));
    Path repository = Files.createDirectories(tmp.resolve("repo/module"));
    Map<String, String> required = Map.of("COACH_REQUIRE_ALL", "1");

    assertThat(SharedData.require("eval/dev/docs", required, repository))
        .isEqualTo(shared.resolve("eval/dev/docs"));
    assertThat(
            SharedData.require(
                "eval/dev/docs",
                Map.of("COACH_SHARED_DIR", shared.toString(), "COACH_REQUIRE_ALL", "1"),
                tmp.resolve("elsewhere")))
        .isEqualTo(shared.resolve("eval/dev/docs"));
  }
}
