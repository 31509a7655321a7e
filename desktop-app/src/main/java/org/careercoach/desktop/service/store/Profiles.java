package org.careercoach.desktop.service.store;

import org.careercoach.desktop.service.ObservableState;

/**
 * The drafts of whoever uses the app now: the local profile while nobody is signed in, the
 * account's own file once someone is. Follows the session by itself; screens observe {@link
 * #state()} and work on {@link #drafts()}. The implementation is {@link StoreService}; the methods
 * other than {@link #state()} block on the disk and must be called off the UI thread.
 */
public interface Profiles {

  /** The profile in use and whether its store is open, or why not. */
  ObservableState<ProfileState> state();

  /**
   * The store of the profile in use.
   *
   * @throws StoreException when it could not be opened (its kind and message say why)
   */
  DraftStore drafts();

  /**
   * How many drafts the local profile holds that could move into the signed-in account: the app
   * offers the move at an account's first sign-in on this device. Zero when nobody is signed in.
   */
  int draftsToMoveFromLocalProfile();

  /**
   * Moves every draft of the local profile, with its history, into the signed-in account, in one
   * transaction per draft; a draft is removed from the local profile only once it is stored in the
   * account. Returns how many moved.
   */
  int moveDraftsFromLocalProfile();

  /** Whether the signed-in account has been offered the move already (it is offered once). */
  boolean moveOffered();

  void markMoveOffered();

  /**
   * The profile in use.
   *
   * @param profile whose drafts
   * @param open whether its store is open
   * @param problem why it is not, in words with the way out; when open, what happened on the way
   *     that the person must know (a damaged file set aside and a backup restored); else empty
   */
  record ProfileState(ProfileKey profile, boolean open, String problem) {}
}
