package org.careercoach.desktop.service.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.careercoach.model.resume.Resume;

/**
 * The tables {@code drafts} and {@code draft_resumes}: a draft's short columns and, apart, its
 * resume, so listing the drafts reads only the short ones. Rows only; what a change must write
 * besides is {@link DraftChanges}'s business.
 */
final class DraftRows {

  /** A draft's row as stored, its resume left as JSON: what an autosave compares against. */
  record Stored(
      UUID id,
      String title,
      String json,
      long revision,
      Instant createdAt,
      Instant updatedAt,
      Instant trashedAt) {
    LocalDraft as(Resume resume) {
      return new LocalDraft(id, title, resume, revision, createdAt, updatedAt, trashedAt);
    }
  }

  private static final String SUMMARY =
      "SELECT d.id, d.title, d.headline, d.updated_at, d.trashed_at FROM drafts d ";
  private static final String STORED =
      "SELECT d.id, d.title, r.resume, d.revision, d.created_at, d.updated_at, d.trashed_at"
          + " FROM drafts d JOIN draft_resumes r USING (seq) WHERE d.id = ?";

  private final Connection db;

  DraftRows(Connection db) {
    this.db = db;
  }

  List<DraftSummary> notTrashed(DraftSort sort) throws SQLException {
    return summaries("WHERE d.trashed_at IS NULL ORDER BY " + order(sort));
  }

  List<DraftSummary> trashed() throws SQLException {
    return summaries("WHERE d.trashed_at IS NOT NULL ORDER BY d.trashed_at DESC, d.seq DESC");
  }

  /**
   * The summaries of the drafts {@code joinsAndConditions} selects (after {@code FROM drafts d}).
   */
  List<DraftSummary> summaries(String joinsAndConditions, Object... values) throws SQLException {
    return Rows.list(
        db,
        SUMMARY + joinsAndConditions,
        rs ->
            new DraftSummary(
                Rows.uuid(rs, 1),
                rs.getString(2),
                rs.getString(3),
                Rows.instant(rs, 4),
                Rows.instantOrNull(rs, 5)),
        values);
  }

  static String order(DraftSort sort) {
    return switch (sort) {
      case TITLE -> "d.title COLLATE NOCASE, d.updated_at DESC";
      case LAST_CHANGED -> "d.updated_at DESC, d.seq DESC";
    };
  }

  Optional<Stored> stored(UUID id) throws SQLException {
    return Rows.first(db, STORED, DraftRows::stored, Objects.requireNonNull(id, "id"));
  }

  /** The draft's row, or NOT_FOUND in words. */
  Stored require(UUID id) throws SQLException {
    return stored(id).orElseThrow(() -> Rows.notFound("draft"));
  }

  Optional<LocalDraft> find(UUID id) throws SQLException {
    Optional<Stored> stored = stored(id);
    return stored.isEmpty()
        ? Optional.empty()
        : Optional.of(stored.get().as(ResumeJson.read(stored.get().json())));
  }

  LocalDraft draft(UUID id) throws SQLException {
    Stored stored = require(id);
    return stored.as(ResumeJson.read(stored.json()));
  }

  private static Stored stored(ResultSet rs) throws SQLException {
    return new Stored(
        Rows.uuid(rs, 1),
        rs.getString(2),
        rs.getString(3),
        rs.getLong(4),
        Rows.instant(rs, 5),
        Rows.instant(rs, 6),
        Rows.instantOrNull(rs, 7));
  }

  List<UUID> allIds() throws SQLException {
    return Rows.list(db, "SELECT id FROM drafts ORDER BY seq", rs -> Rows.uuid(rs, 1));
  }

  List<UUID> trashedBefore(Instant moment) throws SQLException {
    return Rows.list(
        db, "SELECT id FROM drafts WHERE trashed_at < ?", rs -> Rows.uuid(rs, 1), moment);
  }

  /** A new row at revision 1; {@code trashedAt} is null but for a draft carried from the Trash. */
  void insert(
      UUID id,
      String title,
      Resume resume,
      String json,
      Instant createdAt,
      Instant updatedAt,
      Instant trashedAt)
      throws SQLException {
    Rows.update(
        db,
        "INSERT INTO drafts (id, title, headline, revision, created_at, updated_at, trashed_at)"
            + " VALUES (?, ?, ?, 1, ?, ?, ?)",
        id,
        title,
        ResumeJson.headline(resume),
        createdAt,
        updatedAt,
        trashedAt);
    putResume(id, json);
  }

  void updateText(UUID id, long revision, String title, Resume resume, String json, Instant now)
      throws SQLException {
    Rows.update(
        db,
        "UPDATE drafts SET title = ?, headline = ?, revision = ?, updated_at = ? WHERE id = ?",
        title,
        ResumeJson.headline(resume),
        revision,
        now,
        id);
    putResume(id, json);
  }

  void setTrashed(UUID id, Instant trashedAt, long revision) throws SQLException {
    Rows.update(
        db, "UPDATE drafts SET trashed_at = ?, revision = ? WHERE id = ?", trashedAt, revision, id);
  }

  /** Deletes the row; its resume and versions go with it (ON DELETE CASCADE). */
  void delete(UUID id) throws SQLException {
    Rows.update(db, "DELETE FROM drafts WHERE id = ?", id);
  }

  private void putResume(UUID id, String json) throws SQLException {
    Rows.update(
        db,
        "INSERT OR REPLACE INTO draft_resumes (seq, resume)"
            + " VALUES ((SELECT seq FROM drafts WHERE id = ?), ?)",
        id,
        json);
  }
}
