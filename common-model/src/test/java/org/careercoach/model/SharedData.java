package org.careercoach.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the project's reference data ({@code ../shared} beside the repository). Tests that need it
 * skip with a message when it is absent, as on a clone without the shared folder.
 */
public final class SharedData {

  private SharedData() {}

  /**
   * The shared folder: {@code COACH_SHARED_DIR}, else the nearest {@code shared} beside an
   * ancestor.
   */
  public static Optional<Path> folder() {
    String configured = System.getenv("COACH_SHARED_DIR");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(Files::isDirectory);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("jsonresume"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** A file or folder under the shared folder; the calling test is skipped when it is not there. */
  public static Path require(String relative) {
    Optional<Path> file = folder().map(f -> f.resolve(relative)).filter(Files::exists);
    assumeTrue(
        file.isPresent(),
        () -> "skipped: ../shared/" + relative + " is absent (set COACH_SHARED_DIR to use it)");
    return file.get();
  }
}
