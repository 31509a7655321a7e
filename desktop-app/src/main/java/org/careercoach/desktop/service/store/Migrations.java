package org.careercoach.desktop.service.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema's history: each step moves a file from one {@code PRAGMA user_version} to the next in
 * one transaction, so a file is always at exactly one known version, never half way. Steps are
 * never edited once released; a change of schema is a new step at the end.
 */
final class Migrations {

  /** One step of the schema. */
  record Step(int version, String what, SqlWork work) {}

  @FunctionalInterface
  interface SqlWork {
    void apply(Connection db) throws SQLException;
  }

  static final List<Step> ALL =
      List.of(
          new Step(1, "drafts, versions, sent copies, outbox, settings", Migrations::tables),
          new Step(2, "full-text search over titles and resumes", Migrations::search),
          new Step(
              3,
              "sync: base versions, the request in flight, refusals, conflicts",
              Migrations::sync),
          new Step(
              4,
              "resume files: the upload queue, kept corrections, the files' cache",
              Migrations::resumeFiles),
          new Step(5, "the job ad a sent copy answered", Migrations::sentJobs));

  static int latest() {
    return ALL.get(ALL.size() - 1).version();
  }

  private Migrations() {}

  /** Brings the file up to {@code target}; returns the version it was at. */
  static int migrate(Connection db, int target) throws SQLException {
    return migrate(db, ALL, target);
  }

  static int migrate(Connection db, List<Step> steps, int target) throws SQLException {
    int from = userVersion(db);
    if (from > steps.get(steps.size() - 1).version()) {
      throw new StoreException(
          StoreException.Kind.IO,
          "Your drafts were saved by a newer version of Career Coach (schema "
              + from
              + "). Update the app to open them; nothing was changed.");
    }
    for (Step step : steps) {
      if (step.version() <= from || step.version() > target) {
        continue;
      }
      Transactions.inOne(
          db,
          () -> {
            step.work().apply(db);
            try (Statement done = db.createStatement()) {
              done.execute("PRAGMA user_version = " + step.version());
            }
            return null;
          });
    }
    return from;
  }

  static int userVersion(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static void tables(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      // seq is the row's lasting number (VACUUM may renumber an implicit rowid): the search
      // index's rows and the resumes point at it. The resume (kilobytes) has a table of its own,
      // so the drafts table stays a few pages and listing it reads nothing else; in the other
      // tables it comes last, as columns after a long value cost reading its overflow pages.
      s.execute(
          "CREATE TABLE drafts (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
              + " title TEXT NOT NULL, headline TEXT NOT NULL, revision INTEGER NOT NULL,"
              + " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, trashed_at INTEGER)");
      s.execute(
          "CREATE TABLE draft_resumes (seq INTEGER PRIMARY KEY"
              + " REFERENCES drafts (seq) ON DELETE CASCADE, resume TEXT NOT NULL)");
      s.execute("CREATE INDEX drafts_by_update ON drafts (trashed_at, updated_at)");
      s.execute("CREATE INDEX drafts_by_title ON drafts (trashed_at, title COLLATE NOCASE)");
      s.execute(
          "CREATE TABLE versions (id INTEGER PRIMARY KEY AUTOINCREMENT,"
              + " draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,"
              + " started_at INTEGER NOT NULL, saved_at INTEGER NOT NULL, title TEXT NOT NULL,"
              + " reason TEXT NOT NULL, resume TEXT NOT NULL)");
      s.execute("CREATE INDEX versions_by_draft ON versions (draft_id, id)");
      s.execute(
          "CREATE TABLE sent_copies (id INTEGER PRIMARY KEY AUTOINCREMENT,"
              + " draft_id TEXT NOT NULL, draft_title TEXT NOT NULL, company TEXT NOT NULL,"
              + " role TEXT NOT NULL, sent_on TEXT NOT NULL, recorded_at INTEGER NOT NULL,"
              + " resume TEXT NOT NULL)");
      s.execute(
          "CREATE TABLE outbox (sequence INTEGER PRIMARY KEY AUTOINCREMENT,"
              + " draft_id TEXT NOT NULL, change TEXT NOT NULL, revision INTEGER NOT NULL,"
              + " at INTEGER NOT NULL)");
      s.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    }
  }

  private static void search(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      // Contentless: the text is in drafts already; the index alone is kept, and rows can still
      // be deleted by rowid. Prefix indexes make "every word as a prefix" queries cheap.
      s.execute(
          "CREATE VIRTUAL TABLE draft_text USING fts5 (title, body, content = '',"
              + " contentless_delete = 1, prefix = '2 3',"
              + " tokenize = 'unicode61 remove_diacritics 2')");
    }
    // The drafts of an earlier schema get their index here; the text is made in Java, as on save.
    try (Statement s = db.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT d.seq, d.title, r.resume FROM drafts d JOIN draft_resumes r USING (seq)");
        PreparedStatement insert =
            db.prepareStatement("INSERT INTO draft_text (rowid, title, body) VALUES (?, ?, ?)")) {
      while (rows.next()) {
        insert.setLong(1, rows.getLong(1));
        insert.setString(2, rows.getString(2));
        insert.setString(3, ResumeJson.searchableText(ResumeJson.read(rows.getString(3))));
        insert.executeUpdate();
      }
    }
  }

  private static void sync(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      // No foreign key to drafts: a draft deleted here keeps its base version until the delete
      // has reached the server (the DELETE needs it for If-Match).
      s.execute(
          "CREATE TABLE sync_base (draft_id TEXT PRIMARY KEY, version INTEGER NOT NULL)"
              + " WITHOUT ROWID");
      // The request being sent, stored before it goes out and sent again exactly (same key, same
      // body) until an answer comes: one per draft at most, the engine sends one at a time.
      s.execute(
          "CREATE TABLE sync_request (draft_id TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL,"
              + " method TEXT NOT NULL, if_match INTEGER, covers_up_to INTEGER NOT NULL,"
              + " changes TEXT NOT NULL, created_at INTEGER NOT NULL, body TEXT)");
      // A draft the server refused (too big, not valid): not sent again until it changes.
      s.execute(
          "CREATE TABLE sync_refused (draft_id TEXT PRIMARY KEY, up_to INTEGER NOT NULL,"
              + " reason TEXT NOT NULL, at INTEGER NOT NULL)");
      s.execute(
          "CREATE TABLE sync_conflicts (copy_id TEXT PRIMARY KEY, draft_id TEXT NOT NULL,"
              + " title TEXT NOT NULL, found INTEGER NOT NULL)");
      s.execute("CREATE INDEX outbox_by_draft ON outbox (draft_id, sequence)");
    }
  }

  /**
   * Owned by the resume-files service ({@code service/uploads}, ADR 0020), through {@link
   * SqliteResumeFileStore}; no other feature reads or writes these tables.
   */
  private static void resumeFiles(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      // The durable upload queue: one row per file waiting here (or refused), keyed by the
      // SHA-256 of its content, its copy at files/<sha256>. A row ends when the server has it.
      s.execute(
          "CREATE TABLE upload_queue (sha256 TEXT PRIMARY KEY, filename TEXT NOT NULL,"
              + " size INTEGER NOT NULL, content_type TEXT NOT NULL, added_at INTEGER NOT NULL,"
              + " state TEXT NOT NULL, problem TEXT NOT NULL, resume_id TEXT,"
              + " attempts INTEGER NOT NULL, next_attempt INTEGER NOT NULL) WITHOUT ROWID");
      // What the person corrected while reviewing: kept here only, for judging the parser.
      s.execute(
          "CREATE TABLE upload_corrections (id INTEGER PRIMARY KEY AUTOINCREMENT,"
              + " sha256 TEXT NOT NULL, resume_id TEXT, field TEXT NOT NULL, parsed TEXT,"
              + " corrected TEXT, confidence REAL NOT NULL, at INTEGER NOT NULL)");
      s.execute("CREATE INDEX upload_corrections_by_file ON upload_corrections (sha256, id)");
      // What the server said, for offline: the capabilities, the list, each parsed JSON, and
      // which copies under files/ are downloaded originals (the rest with no queue row are
      // orphans of a crash, removed at the next start).
      s.execute(
          "CREATE TABLE upload_cache (key TEXT PRIMARY KEY, value TEXT NOT NULL,"
              + " at INTEGER NOT NULL) WITHOUT ROWID");
    }
  }

  /** A sent copy keeps the job ad it answered (empty for copies recorded without one). */
  private static void sentJobs(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("ALTER TABLE sent_copies ADD COLUMN job TEXT NOT NULL DEFAULT ''");
    }
  }
}
