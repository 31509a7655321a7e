package org.careercoach.desktop.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.sync.Conflict;
import org.careercoach.desktop.service.sync.DraftSync;
import org.careercoach.desktop.service.sync.SyncStatus;

/**
 * The sync engine as screens see it, played by a view-model test: the test sets the status and the
 * conflicts; calls are recorded; a resolution moves what is not kept to the Trash of the given
 * store, as the engine does. Only for view-model tests: the end-to-end tests use the real engine.
 */
public final class FakeDraftSync implements DraftSync {

  private final ObservableState<SyncStatus> status = new ObservableState<>(SyncStatus.SIGNED_OUT);
  private final List<Conflict> conflicts = new CopyOnWriteArrayList<>();
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final Supplier<DraftStore> store;

  public FakeDraftSync() {
    this(null);
  }

  /** With a store, a resolution trashes the draft not kept there. */
  public FakeDraftSync(Supplier<DraftStore> store) {
    this.store = store;
  }

  public void publish(SyncStatus next) {
    status.set(next);
  }

  public void addConflict(Conflict conflict) {
    conflicts.add(0, conflict);
  }

  /** What screens asked, in order: "syncNow", "resolve TITLE KEEP", "answer true". */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  public static SyncStatus status(SyncStatus.State state, int waiting, int conflicts) {
    return new SyncStatus(
        state, waiting, conflicts, java.util.Optional.empty(), "", java.util.Optional.empty(), 0);
  }

  @Override
  public ObservableState<SyncStatus> status() {
    return status;
  }

  @Override
  public void syncNow() {
    calls.add("syncNow");
  }

  @Override
  public List<Conflict> conflicts() {
    return List.copyOf(conflicts);
  }

  @Override
  public void resolve(Conflict conflict, Keep keep) {
    calls.add("resolve " + conflict.title() + " " + keep);
    if (!conflicts.remove(conflict)) {
      throw new IllegalStateException("no such conflict: " + conflict);
    }
    // What the real engine does in one transaction (SyncReplicaTest checks it there).
    if (store != null && keep != Keep.BOTH) {
      store.get().moveToTrash(keep == Keep.SERVER_VERSION ? conflict.copy() : conflict.draft());
    }
    if (store != null && keep == Keep.CONFLICTED_COPY) {
      store.get().rename(conflict.copy(), conflict.title());
    }
  }

  @Override
  public void answerMassDeletion(boolean deleteHere) {
    calls.add("answer " + deleteHere);
  }
}
