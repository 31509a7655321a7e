package org.careercoach.desktop.service.store;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the outbox: a change to a draft stored here and not yet sent to the server.
 *
 * @param sequence the order the changes were made in, growing
 * @param draftId the draft changed
 * @param change what was done
 * @param revision the draft's revision after the change
 * @param at when
 */
public record PendingChange(long sequence, UUID draftId, Change change, long revision, Instant at) {

  public enum Change {
    CREATE,
    UPDATE,
    RENAME,
    TRASH,
    RESTORE,
    DELETE
  }
}
