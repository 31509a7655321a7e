package org.careercoach.desktop.service.uploads;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One resume file and where it is on its way from this computer to a parsed resume.
 *
 * @param key the file's identity here: the SHA-256 of its content in hex, as the server's {@code
 *     sha256} (the same content is the same file)
 * @param filename its name as the person knows it
 * @param contentType its MIME type
 * @param size bytes
 * @param stage where it is
 * @param sent bytes of it the server has received so far while {@link Stage#UPLOADING}
 * @param problem why it failed, was refused, or waits, in words; empty otherwise
 * @param resumeId the server's id once uploaded
 * @param addedAt when it was added (or, for a file added on another computer, uploaded)
 */
public record ResumeFileItem(
    String key,
    String filename,
    String contentType,
    long size,
    Stage stage,
    long sent,
    String problem,
    Optional<UUID> resumeId,
    Instant addedAt) {

  public enum Stage {
    /** In the queue here: offline, or the server failed and it is tried again later. */
    WAITING,
    /** Being sent; {@link #sent()} says how far. */
    UPLOADING,
    /** On the server, waiting for a reader. */
    QUEUED,
    /** Being read by the server. */
    READING,
    /** Read: its parsed form can be reviewed. */
    READ,
    /** The server could not read it; {@link #problem()} says why. */
    FAILED,
    /**
     * The server (or the check before sending) refused the upload: too big, not a resume, over the
     * quota. Not retried; {@link #problem()} says why.
     */
    REFUSED
  }
}
