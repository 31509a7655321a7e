package org.careercoach.desktop.service.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.desktop.service.store.DraftStore.VersionReason;

/**
 * The table {@code versions}: a draft's history. Saving on every keystroke must not flood it, so
 * autosaves are coalesced: one begun within {@link #COALESCE} of the newest autosave version is
 * folded into that version instead of adding one.
 */
final class History {

  /** Autosaves within this time of the start of the newest version are folded into it. */
  static final Duration COALESCE = Duration.ofMinutes(5);

  private record Latest(long id, Instant startedAt, String title, VersionReason reason) {}

  private final Connection db;

  History(Connection db) {
    this.db = db;
  }

  /** The draft's versions, the newest first. */
  List<VersionInfo> of(UUID id) throws SQLException {
    return Rows.list(
        db,
        "SELECT id, saved_at, title, reason FROM versions WHERE draft_id = ? ORDER BY id DESC",
        rs ->
            new VersionInfo(
                rs.getLong(1),
                id,
                Rows.instant(rs, 2),
                rs.getString(3),
                VersionReason.valueOf(rs.getString(4))),
        id);
  }

  /** The resume (JSON) a version keeps, or NOT_FOUND in words. */
  String json(long versionId) throws SQLException {
    return Rows.first(
            db, "SELECT resume FROM versions WHERE id = ?", rs -> rs.getString(1), versionId)
        .orElseThrow(() -> Rows.notFound("version"));
  }

  /** Like {@link #json(long)}, but only a version of the draft {@code id}. */
  String json(UUID id, long versionId) throws SQLException {
    return Rows.first(
            db,
            "SELECT resume FROM versions WHERE id = ? AND draft_id = ?",
            rs -> rs.getString(1),
            versionId,
            id)
        .orElseThrow(() -> Rows.notFound("version"));
  }

  void add(UUID id, Instant now, String title, String json, VersionReason reason)
      throws SQLException {
    add(id, new Carried.Version(now, now, title, json, reason.name()));
  }

  void add(UUID id, Carried.Version version) throws SQLException {
    Rows.update(
        db,
        "INSERT INTO versions (draft_id, started_at, saved_at, title, resume, reason)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        id,
        version.startedAt(),
        version.savedAt(),
        version.title(),
        version.resume(),
        version.reason());
  }

  /** Folds this autosave into the newest version when that is an autosave begun lately. */
  void autosave(UUID id, Instant now, String title, String json) throws SQLException {
    Optional<Latest> latest = latest(id);
    if (latest.isPresent()
        && latest.get().reason() == VersionReason.AUTOSAVE
        && Duration.between(latest.get().startedAt(), now).compareTo(COALESCE) < 0) {
      Rows.update(
          db,
          "UPDATE versions SET saved_at = ?, title = ?, resume = ? WHERE id = ?",
          now,
          title,
          json,
          latest.get().id());
      return;
    }
    add(id, now, title, json, VersionReason.AUTOSAVE);
  }

  /**
   * Keeps the current text as a version. When the newest version already has it, that one is
   * relabelled instead (an autosave becomes the close's version), which also seals it: later
   * autosaves start a version of their own.
   */
  void keep(LocalDraft draft, VersionReason reason, Instant now) throws SQLException {
    String json = ResumeJson.write(draft.resume());
    Optional<Latest> latest = latest(draft.id());
    if (latest.isPresent()
        && latest.get().title().equals(draft.title())
        && json(latest.get().id()).equals(json)) {
      if (latest.get().reason() == VersionReason.AUTOSAVE && reason != VersionReason.AUTOSAVE) {
        Rows.update(db, "UPDATE versions SET reason = ? WHERE id = ?", reason, latest.get().id());
      }
      return;
    }
    add(draft.id(), now, draft.title(), json, reason);
  }

  /** Every version of the draft, the oldest first, as it is carried to another profile. */
  List<Carried.Version> carried(UUID id) throws SQLException {
    return Rows.list(
        db,
        "SELECT started_at, saved_at, title, resume, reason FROM versions"
            + " WHERE draft_id = ? ORDER BY id",
        rs ->
            new Carried.Version(
                Rows.instant(rs, 1),
                Rows.instant(rs, 2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5)),
        id);
  }

  private Optional<Latest> latest(UUID id) throws SQLException {
    return Rows.first(
        db,
        "SELECT id, started_at, title, reason FROM versions WHERE draft_id = ?"
            + " ORDER BY id DESC LIMIT 1",
        rs ->
            new Latest(
                rs.getLong(1),
                Rows.instant(rs, 2),
                rs.getString(3),
                VersionReason.valueOf(rs.getString(4))),
        id);
  }
}
