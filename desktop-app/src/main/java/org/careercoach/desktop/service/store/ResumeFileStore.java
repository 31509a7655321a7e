package org.careercoach.desktop.service.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The resume-files service's part of a profile (ADR 0020): the durable upload queue, the copies of
 * the files under the profile's {@code files/} folder, the person's corrections and a cache of what
 * the server said. Each method is one read or one transaction of the profile's connection.
 */
public interface ResumeFileStore {

  /** Where a queued row stands. A row whose file the server has is gone, not a state. */
  enum QueueState {
    /** To be sent (now, or at {@link Queued#nextAttempt()}). */
    WAITING,
    /**
     * The server asked to wait (429 with Retry-After): sent at {@link Queued#nextAttempt()}, not
     * earlier when the server is back.
     */
    HELD,
    /** The server (or the check before sending) refused it: never sent again. */
    REFUSED
  }

  /**
   * One file in the queue.
   *
   * @param sha256 its key: the SHA-256 of its content in hex
   * @param problem why it waits or was refused, in words; empty otherwise
   * @param resumeId the server's id, when known (a refused re-upload of a known file)
   * @param attempts how many times sending it failed
   * @param nextAttempt not sent before this
   */
  record Queued(
      String sha256,
      String filename,
      long size,
      String contentType,
      Instant addedAt,
      QueueState state,
      String problem,
      UUID resumeId,
      int attempts,
      Instant nextAttempt) {

    public Queued waiting(String why, int attempts, Instant next) {
      return new Queued(
          sha256,
          filename,
          size,
          contentType,
          addedAt,
          QueueState.WAITING,
          why,
          resumeId,
          attempts,
          next);
    }

    public Queued held(String why, int attempts, Instant until) {
      return new Queued(
          sha256,
          filename,
          size,
          contentType,
          addedAt,
          QueueState.HELD,
          why,
          resumeId,
          attempts,
          until);
    }

    /** Whether it is to be sent (now or later), not refused. */
    public boolean toSend() {
      return state != QueueState.REFUSED;
    }

    public Queued refused(String why) {
      return new Queued(
          sha256,
          filename,
          size,
          contentType,
          addedAt,
          QueueState.REFUSED,
          why,
          resumeId,
          attempts,
          nextAttempt);
    }
  }

  /** A correction as kept: see {@code service.uploads.Correction}. */
  record KeptCorrection(String field, String parsed, String corrected, double confidence) {}

  /** The profile's folder of file copies ({@code files/}), created when missing. */
  Path folder();

  /** Where the copy of the file with this content lives (whether or not it exists). */
  Path copyOf(String sha256);

  /** The queue, oldest first. */
  List<Queued> queue();

  Optional<Queued> queued(String sha256);

  /**
   * Moves {@code tempCopy} (in {@link #folder()}) into place as {@link #copyOf} the row's file,
   * then commits the row: a crash between the two leaves a copy without a row, which {@link
   * #removeOrphans()} deletes at the next start. When the row cannot be stored the copy is deleted.
   */
  void enqueue(Queued row, Path tempCopy);

  /** Replaces the row of the same file. */
  void update(Queued row);

  /**
   * The server has the file: the row ends and its copy stays, as the original of {@code resumeId}.
   */
  void uploaded(String sha256, UUID resumeId);

  /** Forgets the file here: its row, its copy, its cached parse and marks. */
  void forget(String sha256, UUID resumeId);

  /** Records a copy downloaded into {@link #copyOf} as the original of a server file. */
  void keptOriginal(String sha256);

  /** Deletes temporary copies and copies with neither a queue row nor an original's mark. */
  int removeOrphans();

  void keepCorrections(String sha256, UUID resumeId, List<KeptCorrection> corrections, Instant at);

  List<KeptCorrection> corrections(String sha256);

  Optional<String> cached(String key);

  void cache(String key, String value);

  void uncache(String key);
}
