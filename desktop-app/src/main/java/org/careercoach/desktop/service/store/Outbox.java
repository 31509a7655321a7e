package org.careercoach.desktop.service.store;

import java.util.List;

/**
 * The changes a profile's store holds for the sync engine, written in the same transaction as each
 * change (see {@link DraftStore}). Blocks; call it off the UI thread.
 */
public interface Outbox {

  /** Every change not yet sent, oldest first. */
  List<PendingChange> pendingChanges();
}
