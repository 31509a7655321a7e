package org.careercoach.desktop.service.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The table {@code sent_copies}: the application log, each line with the resume as it was sent.
 * Lines keep their draft's id but not the draft: they outlive a deleted draft.
 */
final class SentCopies {

  private static final String COPY =
      "SELECT id, draft_id, draft_title, company, role, sent_on, recorded_at, job FROM sent_copies ";
  private static final String CARRIED =
      "SELECT draft_title, company, role, sent_on, recorded_at, resume, job FROM sent_copies ";
  private static final String INSERT =
      "INSERT INTO sent_copies (draft_id, draft_title, company, role, sent_on, recorded_at,"
          + " resume, job) ";

  private final Connection db;

  SentCopies(Connection db) {
    this.db = db;
  }

  List<SentCopy> all() throws SQLException {
    return Rows.list(db, COPY + "ORDER BY sent_on DESC, id DESC", SentCopies::copy);
  }

  /** The resume (JSON) as it was sent, or NOT_FOUND in words. */
  String json(long sentCopyId) throws SQLException {
    return Rows.first(
            db, "SELECT resume FROM sent_copies WHERE id = ?", rs -> rs.getString(1), sentCopyId)
        .orElseThrow(() -> Rows.notFound("sent copy"));
  }

  SentCopy record(
      LocalDraft draft, String company, String role, LocalDate sentOn, String job, Instant now)
      throws SQLException {
    add(
        draft.id(),
        new Carried.Sent(
            draft.title(),
            company,
            role,
            sentOn.toString(),
            now.toEpochMilli(),
            ResumeJson.write(draft.resume()),
            job));
    return Rows.first(db, COPY + "WHERE id = last_insert_rowid()", SentCopies::copy).orElseThrow();
  }

  void add(UUID draftId, Carried.Sent c) throws SQLException {
    Rows.update(
        db,
        INSERT + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        draftId,
        c.title(),
        c.company(),
        c.role(),
        c.sentOn(),
        c.recordedAt(),
        c.resume(),
        c.job());
  }

  /**
   * Adds the line unless the same one (draft, company, role, day and moment recorded) is here
   * already: a move interrupted after this step.
   */
  void addOnce(Carried.Orphan orphan) throws SQLException {
    Carried.Sent c = orphan.sent();
    Rows.update(
        db,
        INSERT
            + "SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM sent_copies"
            + " WHERE draft_id = ? AND company = ? AND role = ? AND sent_on = ? AND recorded_at = ?)",
        orphan.draftId(),
        c.title(),
        c.company(),
        c.role(),
        c.sentOn(),
        c.recordedAt(),
        c.resume(),
        c.job(),
        orphan.draftId(),
        c.company(),
        c.role(),
        c.sentOn(),
        c.recordedAt());
  }

  /** The draft's lines, the oldest first, as they are carried to another profile. */
  List<Carried.Sent> carried(UUID draftId) throws SQLException {
    return Rows.list(db, CARRIED + "WHERE draft_id = ? ORDER BY id", SentCopies::sent, draftId);
  }

  /** The lines whose draft was deleted: the rest of the application log. */
  List<Carried.Orphan> orphans() throws SQLException {
    return Rows.list(
        db,
        "SELECT id, draft_id, draft_title, company, role, sent_on, recorded_at, resume, job"
            + " FROM sent_copies WHERE draft_id NOT IN (SELECT id FROM drafts) ORDER BY id",
        rs -> new Carried.Orphan(rs.getLong(1), Rows.uuid(rs, 2), sent(rs, 3)));
  }

  void remove(long sentCopyId) throws SQLException {
    Rows.update(db, "DELETE FROM sent_copies WHERE id = ?", sentCopyId);
  }

  void removeAllOf(UUID draftId) throws SQLException {
    Rows.update(db, "DELETE FROM sent_copies WHERE draft_id = ?", draftId);
  }

  private static SentCopy copy(ResultSet rs) throws SQLException {
    return new SentCopy(
        rs.getLong(1),
        Rows.uuid(rs, 2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        LocalDate.parse(rs.getString(6)),
        Rows.instant(rs, 7),
        rs.getString(8));
  }

  private static Carried.Sent sent(ResultSet rs) throws SQLException {
    return sent(rs, 1);
  }

  /** A line read from {@code first} on: title, company, role, day, moment recorded, resume, job. */
  private static Carried.Sent sent(ResultSet rs, int first) throws SQLException {
    return new Carried.Sent(
        rs.getString(first),
        rs.getString(first + 1),
        rs.getString(first + 2),
        rs.getString(first + 3),
        rs.getLong(first + 4),
        rs.getString(first + 5),
        rs.getString(first + 6));
  }
}
