package org.careercoach.desktop.app;

import java.util.List;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.sync.Conflict;
import org.careercoach.desktop.service.sync.DraftSync;
import org.careercoach.desktop.service.sync.SyncStatus;

/** TEMPORARY on branch h16-ui until h16-engine merges: the engine replaces it in Desktop. */
enum NotYetSyncing implements DraftSync {
  INSTANCE;

  private final ObservableState<SyncStatus> status = new ObservableState<>(SyncStatus.SIGNED_OUT);

  @Override
  public ObservableState<SyncStatus> status() {
    return status;
  }

  @Override
  public void syncNow() {}

  @Override
  public List<Conflict> conflicts() {
    return List.of();
  }

  @Override
  public void resolve(Conflict conflict, Keep keep) {
    throw new UnsupportedOperationException("no sync engine yet");
  }

  @Override
  public void answerMassDeletion(boolean deleteHere) {}
}
