package org.careercoach.model;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * Finds the project's reference data ({@code ../shared} beside the repository). Tests that need it
 * skip with a message when it is absent, as on a clone without the shared folder, and fail instead
 * under {@code COACH_REQUIRE_ALL=1}, so that CI cannot go green on tests it never ran.
 */
public final class SharedData {

  private SharedData() {}

  /**
   * The shared folder: {@code COACH_SHARED_DIR}, else the nearest {@code shared} beside an
   * ancestor.
   */
  public static Optional<Path> folder() {
    return folder(System.getenv(), Path.of(""));
  }

  static Optional<Path> folder(Map<String, String> env, Path start) {
    String configured = env.get("COACH_SHARED_DIR");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(Files::isDirectory);
    }
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("jsonresume"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * A file or folder under the shared folder; when it is not there the calling test is skipped, or
   * fails under {@code COACH_REQUIRE_ALL=1}.
   */
  public static Path require(String relative) {
    return require(relative, System.getenv(), Path.of(""));
  }

  static Path require(String relative, Map<String, String> env, Path start) {
    Optional<Path> file = folder(env, start).map(f -> f.resolve(relative)).filter(Files::exists);
    if (file.isEmpty()) {
      String configured = env.get("COACH_SHARED_DIR");
      String where =
          configured != null && !configured.isBlank()
              ? configured + "/" + relative + " (from COACH_SHARED_DIR)"
              : "../shared/" + relative;
      unavailable(where + " is absent: set COACH_SHARED_DIR to the shared folder", env);
    }
    return file.get();
  }

  /**
   * Ends the calling test for want of something outside the build (reference data, an OS tool): a
   * skip with the reason, or a failure under {@code COACH_REQUIRE_ALL=1}.
   */
  public static void unavailable(String why, Map<String, String> env) {
    if ("1".equals(env.get("COACH_REQUIRE_ALL"))) {
      fail(why + "; COACH_REQUIRE_ALL=1 forbids skipping");
    }
    throw new TestAbortedException("skipped: " + why);
  }
}
