package org.careercoach.desktop.service.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.careercoach.desktop.service.store.PendingChange.Change;
import org.careercoach.desktop.service.store.SyncReplica.ConflictPair;
import org.careercoach.desktop.service.store.SyncReplica.Method;
import org.careercoach.desktop.service.store.SyncReplica.Refusal;
import org.careercoach.desktop.service.store.SyncReplica.SyncRequest;

/**
 * The sync tables ({@code sync_base}, {@code sync_request}, {@code sync_refused}, {@code
 * sync_conflicts}) and the outbox as the engine reads it. Rows only; the rules are {@link
 * SqliteSyncReplica}'s.
 */
final class SyncRows {

  static final String CURSOR = "sync.cursor";

  /** A draft's waiting outbox rows, coalesced. */
  record Waiting(UUID draftId, long upTo, Set<Change> changes) {}

  private final Connection db;

  SyncRows(Connection db) {
    this.db = db;
  }

  // ---- base versions --------------------------------------------------------------------------

  OptionalLong base(UUID id) throws SQLException {
    Optional<Long> found =
        Rows.first(db, "SELECT version FROM sync_base WHERE draft_id = ?", rs -> rs.getLong(1), id);
    return found.isPresent() ? OptionalLong.of(found.get()) : OptionalLong.empty();
  }

  void setBase(UUID id, long version) throws SQLException {
    Rows.update(
        db,
        "INSERT INTO sync_base (draft_id, version) VALUES (?, ?)"
            + " ON CONFLICT (draft_id) DO UPDATE SET version = excluded.version",
        id,
        version);
  }

  void forgetBase(UUID id) throws SQLException {
    Rows.update(db, "DELETE FROM sync_base WHERE draft_id = ?", id);
  }

  // ---- the outbox, as the engine reads it
  // --------------------------------------------------------

  /** The draft whose change waits longest, skipping drafts refused and not changed since. */
  Optional<Waiting> oldestWaiting() throws SQLException {
    Optional<UUID> id =
        Rows.first(
            db,
            "SELECT o.draft_id FROM outbox o LEFT JOIN sync_refused r ON r.draft_id = o.draft_id"
                + " WHERE o.draft_id NOT IN (SELECT draft_id FROM sync_request)"
                + " GROUP BY o.draft_id HAVING r.up_to IS NULL OR MAX(o.sequence) > r.up_to"
                + " ORDER BY MIN(o.sequence) LIMIT 1",
            rs -> Rows.uuid(rs, 1));
    return id.isEmpty() ? Optional.empty() : Optional.of(waiting(id.get()));
  }

  Waiting waiting(UUID id) throws SQLException {
    List<Object[]> rows =
        Rows.list(
            db,
            "SELECT sequence, change FROM outbox WHERE draft_id = ? ORDER BY sequence",
            rs -> new Object[] {rs.getLong(1), Change.valueOf(rs.getString(2))},
            id);
    long upTo = 0;
    Set<Change> changes = EnumSet.noneOf(Change.class);
    for (Object[] row : rows) {
      upTo = Math.max(upTo, (Long) row[0]);
      changes.add((Change) row[1]);
    }
    return new Waiting(id, upTo, changes);
  }

  boolean hasWaiting(UUID id) throws SQLException {
    return Rows.first(db, "SELECT 1 FROM outbox WHERE draft_id = ? LIMIT 1", rs -> true, id)
        .isPresent();
  }

  List<UUID> draftsWaiting() throws SQLException {
    return Rows.list(db, "SELECT DISTINCT draft_id FROM outbox", rs -> Rows.uuid(rs, 1));
  }

  int waitingCount() throws SQLException {
    return Rows.first(db, "SELECT COUNT(DISTINCT draft_id) FROM outbox", rs -> rs.getInt(1))
        .orElse(0);
  }

  void clearOutbox(UUID id, long upTo) throws SQLException {
    Rows.update(db, "DELETE FROM outbox WHERE draft_id = ? AND sequence <= ?", id, upTo);
  }

  void clearOutbox(UUID id) throws SQLException {
    Rows.update(db, "DELETE FROM outbox WHERE draft_id = ?", id);
  }

  // ---- the request in flight --------------------------------------------------------------------

  List<SyncRequest> inFlight() throws SQLException {
    return Rows.list(
        db,
        "SELECT draft_id, idempotency_key, method, if_match, body, covers_up_to, changes"
            + " FROM sync_request ORDER BY created_at, rowid",
        rs -> {
          long ifMatch = rs.getLong(4);
          Long match = rs.wasNull() ? null : ifMatch;
          return new SyncRequest(
              Rows.uuid(rs, 1),
              rs.getString(2),
              Method.valueOf(rs.getString(3)),
              match,
              rs.getString(5),
              rs.getLong(6),
              changes(rs.getString(7)));
        });
  }

  void store(SyncRequest request, Instant at) throws SQLException {
    Rows.update(
        db,
        "INSERT INTO sync_request (draft_id, idempotency_key, method, if_match, covers_up_to,"
            + " changes, created_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        request.draftId(),
        request.key(),
        request.method(),
        request.ifMatch(),
        request.coversUpTo(),
        request.changes().stream().map(Enum::name).collect(Collectors.joining(",")),
        at,
        request.body());
  }

  /** Removes the request once answered; false when it was not (or no longer) the one in flight. */
  boolean answered(SyncRequest request) throws SQLException {
    return Rows.update(
            db,
            "DELETE FROM sync_request WHERE draft_id = ? AND idempotency_key = ?",
            request.draftId(),
            request.key())
        == 1;
  }

  private static Set<Change> changes(String joined) {
    Set<Change> changes = EnumSet.noneOf(Change.class);
    if (!joined.isEmpty()) {
      Arrays.stream(joined.split(",")).map(Change::valueOf).forEach(changes::add);
    }
    return changes;
  }

  // ---- refusals -------------------------------------------------------------------------------

  void refuse(UUID id, long upTo, String reason, Instant at) throws SQLException {
    Rows.update(
        db,
        "INSERT INTO sync_refused (draft_id, up_to, reason, at) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (draft_id) DO UPDATE SET up_to = excluded.up_to,"
            + " reason = excluded.reason, at = excluded.at",
        id,
        upTo,
        reason,
        at);
  }

  void forgetRefusal(UUID id) throws SQLException {
    Rows.update(db, "DELETE FROM sync_refused WHERE draft_id = ?", id);
  }

  List<Refusal> refusals() throws SQLException {
    return Rows.list(
        db,
        "SELECT r.draft_id, COALESCE(d.title, ''), r.reason FROM sync_refused r"
            + " LEFT JOIN drafts d ON d.id = r.draft_id"
            + " WHERE EXISTS (SELECT 1 FROM outbox o WHERE o.draft_id = r.draft_id"
            + " AND o.sequence <= r.up_to) ORDER BY r.at",
        rs -> new Refusal(Rows.uuid(rs, 1), rs.getString(2), rs.getString(3)));
  }

  // ---- conflicts ------------------------------------------------------------------------------

  void addConflict(UUID draft, UUID copy, String title, Instant found) throws SQLException {
    Rows.update(
        db,
        "INSERT INTO sync_conflicts (copy_id, draft_id, title, found) VALUES (?, ?, ?, ?)",
        copy,
        draft,
        title,
        found);
  }

  /** The pairs whose drafts are both still here and out of the Trash, the newest first. */
  List<ConflictPair> conflicts() throws SQLException {
    return Rows.list(
        db,
        "SELECT c.draft_id, c.copy_id, c.title, c.found FROM sync_conflicts c"
            + " JOIN drafts d ON d.id = c.draft_id JOIN drafts k ON k.id = c.copy_id"
            + " WHERE d.trashed_at IS NULL AND k.trashed_at IS NULL"
            + " ORDER BY c.found DESC, c.rowid DESC",
        rs ->
            new ConflictPair(
                Rows.uuid(rs, 1), Rows.uuid(rs, 2), rs.getString(3), Rows.instant(rs, 4)));
  }

  Optional<ConflictPair> conflictOfCopy(UUID copy) throws SQLException {
    return Rows.first(
        db,
        "SELECT draft_id, copy_id, title, found FROM sync_conflicts WHERE copy_id = ?",
        rs ->
            new ConflictPair(
                Rows.uuid(rs, 1), Rows.uuid(rs, 2), rs.getString(3), Rows.instant(rs, 4)),
        copy);
  }

  void forgetConflict(UUID copy) throws SQLException {
    Rows.update(db, "DELETE FROM sync_conflicts WHERE copy_id = ?", copy);
  }

  /** A draft deleted for good here is in no conflict any more. */
  void forgetConflictsOf(UUID id) throws SQLException {
    Rows.update(db, "DELETE FROM sync_conflicts WHERE draft_id = ? OR copy_id = ?", id, id);
  }
}
