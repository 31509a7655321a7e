package org.careercoach.server.ai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.careercoach.model.json.CoachJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** One JSON file per answer, written whole (a temporary file moved into place) or not at all. */
public final class FolderAnswerCache implements AnswerCache {

  private static final Logger log = LoggerFactory.getLogger(FolderAnswerCache.class);
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

  private final Path folder;

  public FolderAnswerCache(Path folder) {
    this.folder = folder;
  }

  @Override
  public Optional<JsonNode> get(String key) {
    try {
      return Optional.of(CoachJson.mapper().readTree(Files.readString(file(key))));
    } catch (NoSuchFileException absent) {
      return Optional.empty();
    } catch (IOException | JacksonException unreadable) {
      // A damaged entry costs one more call to Claude, never a failed parse.
      log.warn("event=ai_cache_unreadable file={} reason={}", file(key), unreadable.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public void put(String key, JsonNode answer) {
    Path target = file(key);
    try {
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, key, ".tmp");
      Files.writeString(temporary, CoachJson.mapper().writeValueAsString(answer));
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the model's answer in " + folder, e);
    }
  }

  private Path file(String key) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a SHA-256 key: " + key);
    }
    return folder.resolve(key + ".json");
  }
}
