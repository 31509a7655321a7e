package org.careercoach.desktop.service.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.careercoach.desktop.service.store.PendingChange.Change;

/**
 * The table {@code outbox}: the changes not yet sent to the server, for the sync engine. Rows are
 * added only by {@link DraftChanges}, one per change, in the change's own transaction.
 */
final class OutboxRows {

  private final Connection db;

  OutboxRows(Connection db) {
    this.db = db;
  }

  void add(UUID draftId, Change change, long revision, Instant at) throws SQLException {
    Rows.update(
        db,
        "INSERT INTO outbox (draft_id, change, revision, at) VALUES (?, ?, ?, ?)",
        draftId,
        change,
        revision,
        at);
  }

  /** Every change not yet sent, oldest first. */
  List<PendingChange> pending() throws SQLException {
    return Rows.list(
        db,
        "SELECT sequence, draft_id, change, revision, at FROM outbox ORDER BY sequence",
        rs ->
            new PendingChange(
                rs.getLong(1),
                Rows.uuid(rs, 2),
                Change.valueOf(rs.getString(3)),
                rs.getLong(4),
                Rows.instant(rs, 5)));
  }
}
