package org.careercoach.server.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The project's reference data ({@code ../shared}); tests skip with a message without it. */
public final class SharedData {

  private SharedData() {}

  public static Optional<Path> folder() {
    String configured = System.getenv("COACH_SHARED_DIR");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(Files::isDirectory);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("eval"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  public static Path require(String relative) {
    Optional<Path> path = folder().map(f -> f.resolve(relative)).filter(Files::exists);
    assumeTrue(
        path.isPresent(),
        () -> "skipped: ../shared/" + relative + " is absent (set COACH_SHARED_DIR to use it)");
    return path.get();
  }
}
