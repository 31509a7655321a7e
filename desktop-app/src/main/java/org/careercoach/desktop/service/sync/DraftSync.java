package org.careercoach.desktop.service.sync;

import java.util.List;
import org.careercoach.desktop.service.ObservableState;

/**
 * Keeps the signed-in account's drafts the same on this device and on the server (ADR 0019). It
 * follows the session and the profiles by itself: nothing to sync while nobody is signed in.
 * Screens observe {@link #status()} and call the rest, which never blocks the caller: the work runs
 * on the engine's own thread and its outcome shows in the status.
 */
public interface DraftSync {

  /**
   * What the person must see: synced, syncing, offline with changes waiting, conflicts, a question.
   */
  ObservableState<SyncStatus> status();

  /** Pushes and pulls now (the "Sync now" action); while offline it tries the server once more. */
  void syncNow();

  /** The conflicts not yet resolved, the newest first. Blocks on the disk: not on the UI thread. */
  List<Conflict> conflicts();

  /**
   * Resolves a conflict: keeps the server's draft, this device's conflicted copy, or both (then
   * both become ordinary drafts). What is not kept is moved to the Trash, never deleted at once.
   * Blocks on the disk: not on the UI thread.
   */
  void resolve(Conflict conflict, Keep keep);

  /**
   * Answers {@link SyncStatus#massDeletion()}: delete those drafts here too, or keep them (they go
   * back to the server). Until answered, pulls stop; pushes go on.
   */
  void answerMassDeletion(boolean deleteHere);

  enum Keep {
    SERVER_VERSION,
    CONFLICTED_COPY,
    BOTH
  }
}
