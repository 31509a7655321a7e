package org.careercoach.desktop.service.sync;

import java.time.Instant;
import java.util.Optional;

/**
 * The sync engine's state as the person sees it.
 *
 * @param state the headline
 * @param waiting changes made here not yet on the server
 * @param conflicts conflicts not yet resolved
 * @param massDeletion a pull that would delete most drafts here, stopped until the person answers
 * @param problem a failure in words with the way out (a draft the server refused, the server
 *     answering errors); empty when none
 * @param lastSynced when this device last finished a sync with nothing left to send; empty before
 *     the first
 * @param remoteChanges how many changes from other devices were applied here since the app started:
 *     the drafts list reloads when it grows
 */
public record SyncStatus(
    State state,
    int waiting,
    int conflicts,
    Optional<MassDeletion> massDeletion,
    String problem,
    Optional<Instant> lastSynced,
    long remoteChanges) {

  public static final SyncStatus SIGNED_OUT =
      new SyncStatus(State.SIGNED_OUT, 0, 0, Optional.empty(), "", Optional.empty(), 0);

  public enum State {
    /** Nobody is signed in: drafts stay on this computer. */
    SIGNED_OUT,
    SYNCED,
    SYNCING,
    /** The server cannot be reached; {@link #waiting()} changes wait. */
    OFFLINE,
    /** Synced, but conflicts wait for the person. */
    CONFLICT,
    /** A question ({@link #massDeletion()}) or a problem that needs the person. */
    ATTENTION
  }

  /**
   * @param toDelete how many drafts here the server says were deleted
   * @param drafts how many drafts are here
   */
  public record MassDeletion(int toDelete, int drafts) {}
}
