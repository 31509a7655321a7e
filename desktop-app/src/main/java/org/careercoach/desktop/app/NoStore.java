package org.careercoach.desktop.app;

import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.ProfileKey;
import org.careercoach.desktop.service.store.Profiles;
import org.careercoach.desktop.service.store.StoreException;

/** INTERIM until the store (branch h15-store) is merged: says in words that there is none. */
enum NoStore implements Profiles {
  INSTANCE;

  private static final String WHY = "The drafts store is not part of this build yet.";

  private final ObservableState<ProfileState> state =
      new ObservableState<>(new ProfileState(ProfileKey.LOCAL, false, WHY));

  @Override
  public ObservableState<ProfileState> state() {
    return state;
  }

  @Override
  public DraftStore drafts() {
    throw new StoreException(StoreException.Kind.IO, WHY);
  }

  @Override
  public int draftsToMoveFromLocalProfile() {
    return 0;
  }

  @Override
  public int moveDraftsFromLocalProfile() {
    return 0;
  }

  @Override
  public boolean moveOffered() {
    return true;
  }

  @Override
  public void markMoveOffered() {}
}
