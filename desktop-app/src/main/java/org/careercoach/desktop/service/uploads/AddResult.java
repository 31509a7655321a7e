package org.careercoach.desktop.service.uploads;

import java.nio.file.Path;

/**
 * What adding one file did.
 *
 * @param path the file as given
 * @param outcome what happened
 * @param key the file's {@link ResumeFileItem#key()} when it was queued or recognised; null when
 *     refused before it was read whole
 * @param message for the person: the reason for a refusal, or which file it duplicates
 */
public record AddResult(Path path, Outcome outcome, String key, String message) {

  public enum Outcome {
    QUEUED,
    /** The same content is already here (or on the server): nothing new was queued. */
    DUPLICATE,
    /** It breaks the server's rules (size, type, storage left) or cannot be read: not queued. */
    REFUSED
  }
}
