package org.careercoach.desktop.service.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.desktop.service.store.PendingChange.Change;
import org.careercoach.model.resume.Resume;

/**
 * A profile's drafts in one SQLite file (ADR 0016). One connection, used by one thread at a time:
 * the methods are synchronized, so the autosave and a list load simply take turns; each takes
 * milliseconds.
 */
public final class SqliteDraftStore implements DraftStore, Outbox {

  /** Autosaves within this time of the start of the newest version are folded into it. */
  static final Duration COALESCE = Duration.ofMinutes(5);

  private static final String SUMMARY =
      "SELECT d.id, d.title, d.headline, d.updated_at, d.trashed_at FROM drafts d ";
  private static final String DRAFT =
      "SELECT d.id, d.title, r.resume, d.revision, d.created_at, d.updated_at, d.trashed_at"
          + " FROM drafts d JOIN draft_resumes r USING (seq) WHERE d.id = ?";

  private final Connection db;
  private final Path file;
  private final Clock clock;
  private boolean closed;

  private SqliteDraftStore(Connection db, Path file, Clock clock) {
    this.db = db;
    this.file = file;
    this.clock = clock;
  }

  /** Opens (creating it if need be) the store in {@code file} and brings its schema up to date. */
  public static SqliteDraftStore open(Path file, Clock clock) {
    return open(file, clock, StoreOptions.DEFAULT);
  }

  static SqliteDraftStore open(Path file, Clock clock, StoreOptions options) {
    Connection db = null;
    try {
      db = SqliteFiles.connect(file, options);
      if (!options.readOnly()) {
        Migrations.migrate(db, Migrations.latest());
      }
      return new SqliteDraftStore(db, file, clock);
    } catch (SQLException e) {
      closeAfter(db, e);
      throw StoreErrors.map(e, file);
    } catch (RuntimeException e) {
      closeAfter(db, e);
      throw e;
    }
  }

  private static void closeAfter(Connection db, Exception cause) {
    if (db == null) {
      return;
    }
    try {
      db.close();
    } catch (SQLException closing) {
      cause.addSuppressed(closing);
    }
  }

  Path file() {
    return file;
  }

  // ---- reading ------------------------------------------------------------------------------

  @Override
  public List<DraftSummary> list(DraftSort sort) {
    return read(
        () -> summaries(SUMMARY + "WHERE d.trashed_at IS NULL ORDER BY " + order(sort), null));
  }

  @Override
  public List<DraftSummary> search(String words, DraftSort sort) {
    String query = SearchQuery.of(words);
    if (query.isEmpty()) {
      return list(sort);
    }
    return read(
        () ->
            summaries(
                SUMMARY
                    + "JOIN draft_text t ON t.rowid = d.seq WHERE draft_text MATCH ?"
                    + " AND d.trashed_at IS NULL ORDER BY "
                    + order(sort),
                query));
  }

  @Override
  public List<DraftSummary> trash() {
    return read(
        () ->
            summaries(
                SUMMARY + "WHERE d.trashed_at IS NOT NULL ORDER BY d.trashed_at DESC, d.seq DESC",
                null));
  }

  private static String order(DraftSort sort) {
    return switch (sort) {
      case TITLE -> "d.title COLLATE NOCASE, d.updated_at DESC";
      case LAST_CHANGED -> "d.updated_at DESC, d.seq DESC";
    };
  }

  private List<DraftSummary> summaries(String sql, String parameter) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      if (parameter != null) {
        s.setString(1, parameter);
      }
      List<DraftSummary> found = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(
              new DraftSummary(
                  UUID.fromString(rs.getString(1)),
                  rs.getString(2),
                  rs.getString(3),
                  Instant.ofEpochMilli(rs.getLong(4)),
                  instantOrNull(rs, 5)));
        }
      }
      return found;
    }
  }

  @Override
  public Optional<LocalDraft> find(UUID id) {
    return read(() -> Optional.ofNullable(draftOrNull(id)));
  }

  private LocalDraft draftOrNull(UUID id) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(DRAFT)) {
      s.setString(1, id.toString());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new LocalDraft(
            UUID.fromString(rs.getString(1)),
            rs.getString(2),
            ResumeJson.read(rs.getString(3)),
            rs.getLong(4),
            Instant.ofEpochMilli(rs.getLong(5)),
            Instant.ofEpochMilli(rs.getLong(6)),
            instantOrNull(rs, 7));
      }
    }
  }

  private LocalDraft draft(UUID id) throws SQLException {
    LocalDraft draft = draftOrNull(Objects.requireNonNull(id, "id"));
    if (draft == null) {
      throw notFound("draft");
    }
    return draft;
  }

  @Override
  public List<VersionInfo> history(UUID id) {
    return read(
        () -> {
          draft(id);
          try (PreparedStatement s =
              db.prepareStatement(
                  "SELECT id, saved_at, title, reason FROM versions WHERE draft_id = ?"
                      + " ORDER BY id DESC")) {
            s.setString(1, id.toString());
            List<VersionInfo> versions = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                versions.add(
                    new VersionInfo(
                        rs.getLong(1),
                        id,
                        Instant.ofEpochMilli(rs.getLong(2)),
                        rs.getString(3),
                        VersionReason.valueOf(rs.getString(4))));
              }
            }
            return versions;
          }
        });
  }

  @Override
  public Resume version(long versionId) {
    return read(
        () ->
            ResumeJson.read(
                oneText("SELECT resume FROM versions WHERE id = ?", versionId, "version")));
  }

  @Override
  public List<SentCopy> applications() {
    return read(
        () -> {
          try (Statement s = db.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT id, draft_id, draft_title, company, role, sent_on, recorded_at"
                          + " FROM sent_copies ORDER BY sent_on DESC, id DESC")) {
            List<SentCopy> copies = new ArrayList<>();
            while (rs.next()) {
              copies.add(sentCopy(rs));
            }
            return copies;
          }
        });
  }

  private static SentCopy sentCopy(ResultSet rs) throws SQLException {
    return new SentCopy(
        rs.getLong(1),
        UUID.fromString(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        LocalDate.parse(rs.getString(6)),
        Instant.ofEpochMilli(rs.getLong(7)));
  }

  @Override
  public Resume sentResume(long sentCopyId) {
    return read(
        () ->
            ResumeJson.read(
                oneText("SELECT resume FROM sent_copies WHERE id = ?", sentCopyId, "sent copy")));
  }

  private String oneText(String sql, long id, String what) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw notFound(what);
        }
        return rs.getString(1);
      }
    }
  }

  @Override
  public List<PendingChange> pendingChanges() {
    return read(
        () -> {
          try (Statement s = db.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT sequence, draft_id, change, revision, at FROM outbox"
                          + " ORDER BY sequence")) {
            List<PendingChange> changes = new ArrayList<>();
            while (rs.next()) {
              changes.add(
                  new PendingChange(
                      rs.getLong(1),
                      UUID.fromString(rs.getString(2)),
                      Change.valueOf(rs.getString(3)),
                      rs.getLong(4),
                      Instant.ofEpochMilli(rs.getLong(5))));
            }
            return changes;
          }
        });
  }

  // ---- changing -----------------------------------------------------------------------------

  @Override
  public LocalDraft create(String title, Resume resume) {
    requireText(title, resume);
    return write(() -> insertDraft(UUID.randomUUID(), title, resume));
  }

  private LocalDraft insertDraft(UUID id, String title, Resume resume) throws SQLException {
    Instant now = now();
    String json = ResumeJson.write(resume);
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO drafts (id, title, headline, revision, created_at, updated_at)"
                + " VALUES (?, ?, ?, 1, ?, ?)")) {
      s.setString(1, id.toString());
      s.setString(2, title);
      s.setString(3, ResumeJson.headline(resume));
      s.setLong(4, now.toEpochMilli());
      s.setLong(5, now.toEpochMilli());
      s.executeUpdate();
    }
    putResume(id, json);
    index(id, title, resume);
    insertVersion(id, now, title, json, VersionReason.AUTOSAVE);
    outbox(id, Change.CREATE, 1, now);
    return draft(id);
  }

  @Override
  public LocalDraft save(UUID id, String title, Resume resume) {
    requireText(title, resume);
    String json = ResumeJson.write(resume);
    return write(
        () -> {
          Stored before = stored(id);
          if (before.title().equals(title) && before.json().equals(json)) {
            return before.as(resume); // nothing new to keep: no revision, no outbox row
          }
          Instant now = now();
          updateText(before.id(), before.revision(), title, resume, json, now, Change.UPDATE);
          coalesceAutosave(id, now, title, json);
          return new LocalDraft(
              id,
              title,
              resume,
              before.revision() + 1,
              before.createdAt(),
              now,
              before.trashedAt());
        });
  }

  /** A draft's row as stored, its resume left as JSON: what an autosave compares against. */
  private record Stored(
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

  private Stored stored(UUID id) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT d.title, r.resume, d.revision, d.created_at, d.updated_at, d.trashed_at"
                + " FROM drafts d JOIN draft_resumes r USING (seq) WHERE d.id = ?")) {
      s.setString(1, Objects.requireNonNull(id, "id").toString());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw notFound("draft");
        }
        return new Stored(
            id,
            rs.getString(1),
            rs.getString(2),
            rs.getLong(3),
            Instant.ofEpochMilli(rs.getLong(4)),
            Instant.ofEpochMilli(rs.getLong(5)),
            instantOrNull(rs, 6));
      }
    }
  }

  private void updateText(
      UUID id,
      long revisionBefore,
      String title,
      Resume resume,
      String json,
      Instant now,
      Change change)
      throws SQLException {
    long revision = revisionBefore + 1;
    try (PreparedStatement s =
        db.prepareStatement(
            "UPDATE drafts SET title = ?, headline = ?, revision = ?, updated_at = ?"
                + " WHERE id = ?")) {
      s.setString(1, title);
      s.setString(2, ResumeJson.headline(resume));
      s.setLong(3, revision);
      s.setLong(4, now.toEpochMilli());
      s.setString(5, id.toString());
      s.executeUpdate();
    }
    putResume(id, json);
    index(id, title, resume);
    outbox(id, change, revision, now);
  }

  /** Folds this autosave into the newest version when that is an autosave begun lately. */
  private void coalesceAutosave(UUID id, Instant now, String title, String json)
      throws SQLException {
    Latest latest = latestVersion(id);
    if (latest != null
        && latest.reason() == VersionReason.AUTOSAVE
        && Duration.between(latest.startedAt(), now).compareTo(COALESCE) < 0) {
      try (PreparedStatement s =
          db.prepareStatement(
              "UPDATE versions SET saved_at = ?, title = ?, resume = ? WHERE id = ?")) {
        s.setLong(1, now.toEpochMilli());
        s.setString(2, title);
        s.setString(3, json);
        s.setLong(4, latest.id());
        s.executeUpdate();
      }
      return;
    }
    insertVersion(id, now, title, json, VersionReason.AUTOSAVE);
  }

  @Override
  public LocalDraft rename(UUID id, String title) {
    requireText(title, null);
    return write(
        () -> {
          LocalDraft before = draft(id);
          if (before.title().equals(title)) {
            return before;
          }
          Instant now = now();
          updateText(
              id,
              before.revision(),
              title,
              before.resume(),
              ResumeJson.write(before.resume()),
              now,
              Change.RENAME);
          return draft(id);
        });
  }

  @Override
  public LocalDraft duplicate(UUID id, String title) {
    requireText(title, null);
    return write(() -> insertDraft(UUID.randomUUID(), title, draft(id).resume()));
  }

  @Override
  public LocalDraft moveToTrash(UUID id) {
    return write(
        () -> {
          LocalDraft before = draft(id);
          if (before.trashed()) {
            return before;
          }
          return setTrashed(before, now(), Change.TRASH);
        });
  }

  @Override
  public LocalDraft restoreFromTrash(UUID id) {
    return write(
        () -> {
          LocalDraft before = draft(id);
          if (!before.trashed()) {
            return before;
          }
          return setTrashed(before, null, Change.RESTORE);
        });
  }

  private LocalDraft setTrashed(LocalDraft before, Instant trashedAt, Change change)
      throws SQLException {
    Instant now = now();
    long revision = before.revision() + 1;
    try (PreparedStatement s =
        db.prepareStatement("UPDATE drafts SET trashed_at = ?, revision = ? WHERE id = ?")) {
      if (trashedAt == null) {
        s.setNull(1, Types.INTEGER);
      } else {
        s.setLong(1, trashedAt.toEpochMilli());
      }
      s.setLong(2, revision);
      s.setString(3, before.id().toString());
      s.executeUpdate();
    }
    outbox(before.id(), change, revision, now);
    return draft(before.id());
  }

  @Override
  public void deleteForever(UUID id) {
    write(
        () -> {
          delete(draft(id));
          return null;
        });
  }

  private void delete(LocalDraft draft) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "DELETE FROM draft_text WHERE rowid = (SELECT seq FROM drafts WHERE id = ?)")) {
      s.setString(1, draft.id().toString());
      s.executeUpdate();
    }
    try (PreparedStatement s = db.prepareStatement("DELETE FROM drafts WHERE id = ?")) {
      s.setString(1, draft.id().toString());
      s.executeUpdate();
    }
    outbox(draft.id(), Change.DELETE, draft.revision() + 1, now());
  }

  @Override
  public int purgeTrash(Duration age) {
    return write(
        () -> {
          List<UUID> old = new ArrayList<>();
          try (PreparedStatement s =
              db.prepareStatement("SELECT id FROM drafts WHERE trashed_at < ?")) {
            s.setLong(1, now().minus(age).toEpochMilli());
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                old.add(UUID.fromString(rs.getString(1)));
              }
            }
          }
          for (UUID id : old) {
            delete(draft(id));
          }
          return old.size();
        });
  }

  @Override
  public void keepVersion(UUID id, VersionReason reason) {
    Objects.requireNonNull(reason, "reason");
    write(
        () -> {
          keep(draft(id), reason);
          return null;
        });
  }

  /**
   * Keeps the current text as a version. When the newest version already has it, that one is
   * relabelled instead (an autosave becomes the close's version), which also seals it: later
   * autosaves start a version of their own.
   */
  private void keep(LocalDraft draft, VersionReason reason) throws SQLException {
    String json = ResumeJson.write(draft.resume());
    Latest latest = latestVersion(draft.id());
    if (latest != null
        && latest.title().equals(draft.title())
        && oneText("SELECT resume FROM versions WHERE id = ?", latest.id(), "version")
            .equals(json)) {
      if (latest.reason() == VersionReason.AUTOSAVE && reason != VersionReason.AUTOSAVE) {
        try (PreparedStatement s =
            db.prepareStatement("UPDATE versions SET reason = ? WHERE id = ?")) {
          s.setString(1, reason.name());
          s.setLong(2, latest.id());
          s.executeUpdate();
        }
      }
      return;
    }
    insertVersion(draft.id(), now(), draft.title(), json, reason);
  }

  @Override
  public LocalDraft restoreVersion(UUID id, long versionId) {
    return write(
        () -> {
          LocalDraft before = draft(id);
          String json;
          try (PreparedStatement s =
              db.prepareStatement("SELECT resume FROM versions WHERE id = ? AND draft_id = ?")) {
            s.setLong(1, versionId);
            s.setString(2, id.toString());
            try (ResultSet rs = s.executeQuery()) {
              if (!rs.next()) {
                throw notFound("version");
              }
              json = rs.getString(1);
            }
          }
          keep(before, VersionReason.BEFORE_RESTORE);
          if (json.equals(ResumeJson.write(before.resume()))) {
            return before;
          }
          updateText(
              id,
              before.revision(),
              before.title(),
              ResumeJson.read(json),
              json,
              now(),
              Change.UPDATE);
          return draft(id);
        });
  }

  @Override
  public SentCopy recordSent(UUID id, String company, String role, LocalDate sentOn) {
    requireText(company, null);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(sentOn, "sentOn");
    return write(
        () -> {
          LocalDraft draft = draft(id);
          try (PreparedStatement s =
              db.prepareStatement(
                  "INSERT INTO sent_copies (draft_id, draft_title, company, role, sent_on,"
                      + " recorded_at, resume) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id.toString());
            s.setString(2, draft.title());
            s.setString(3, company);
            s.setString(4, role);
            s.setString(5, sentOn.toString());
            s.setLong(6, now().toEpochMilli());
            s.setString(7, ResumeJson.write(draft.resume()));
            s.executeUpdate();
          }
          try (PreparedStatement s =
                  db.prepareStatement(
                      "SELECT id, draft_id, draft_title, company, role, sent_on, recorded_at"
                          + " FROM sent_copies WHERE id = last_insert_rowid()");
              ResultSet rs = s.executeQuery()) {
            rs.next();
            return sentCopy(rs);
          }
        });
  }

  // ---- moving drafts between profiles --------------------------------------------------------

  /** A draft with all it carries, for moving it into another profile. */
  record Carried(LocalDraft draft, List<CarriedVersion> versions, List<CarriedSent> sent) {}

  record CarriedVersion(
      Instant startedAt, Instant savedAt, String title, String resume, String reason) {}

  record CarriedSent(
      String title, String company, String role, String sentOn, long recordedAt, String resume) {}

  List<UUID> allDraftIds() {
    return read(
        () -> {
          try (Statement s = db.createStatement();
              ResultSet rs = s.executeQuery("SELECT id FROM drafts ORDER BY seq")) {
            List<UUID> ids = new ArrayList<>();
            while (rs.next()) {
              ids.add(UUID.fromString(rs.getString(1)));
            }
            return ids;
          }
        });
  }

  Optional<Carried> carry(UUID id) {
    return read(
        () -> {
          LocalDraft draft = draftOrNull(id);
          if (draft == null) {
            return Optional.empty();
          }
          List<CarriedVersion> versions = new ArrayList<>();
          try (PreparedStatement s =
              db.prepareStatement(
                  "SELECT started_at, saved_at, title, resume, reason FROM versions"
                      + " WHERE draft_id = ? ORDER BY id")) {
            s.setString(1, id.toString());
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                versions.add(
                    new CarriedVersion(
                        Instant.ofEpochMilli(rs.getLong(1)),
                        Instant.ofEpochMilli(rs.getLong(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)));
              }
            }
          }
          List<CarriedSent> sent = new ArrayList<>();
          try (PreparedStatement s =
              db.prepareStatement(
                  "SELECT draft_title, company, role, sent_on, recorded_at, resume"
                      + " FROM sent_copies WHERE draft_id = ? ORDER BY id")) {
            s.setString(1, id.toString());
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                sent.add(
                    new CarriedSent(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6)));
              }
            }
          }
          return Optional.of(new Carried(draft, versions, sent));
        });
  }

  /**
   * Stores a draft carried from another profile under its own id, with its history and sent copies,
   * in one transaction. A draft already here (a move interrupted after this step) is left as it is.
   */
  boolean receive(Carried carried) {
    return write(
        () -> {
          LocalDraft draft = carried.draft();
          if (draftOrNull(draft.id()) != null) {
            return false;
          }
          Instant now = now();
          try (PreparedStatement s =
              db.prepareStatement(
                  "INSERT INTO drafts (id, title, headline, revision, created_at, updated_at,"
                      + " trashed_at) VALUES (?, ?, ?, 1, ?, ?, ?)")) {
            s.setString(1, draft.id().toString());
            s.setString(2, draft.title());
            s.setString(3, ResumeJson.headline(draft.resume()));
            s.setLong(4, draft.createdAt().toEpochMilli());
            s.setLong(5, draft.updatedAt().toEpochMilli());
            if (draft.trashedAt() == null) {
              s.setNull(6, Types.INTEGER);
            } else {
              s.setLong(6, draft.trashedAt().toEpochMilli());
            }
            s.executeUpdate();
          }
          putResume(draft.id(), ResumeJson.write(draft.resume()));
          index(draft.id(), draft.title(), draft.resume());
          for (CarriedVersion v : carried.versions()) {
            try (PreparedStatement s =
                db.prepareStatement(
                    "INSERT INTO versions (draft_id, started_at, saved_at, title, resume, reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
              s.setString(1, draft.id().toString());
              s.setLong(2, v.startedAt().toEpochMilli());
              s.setLong(3, v.savedAt().toEpochMilli());
              s.setString(4, v.title());
              s.setString(5, v.resume());
              s.setString(6, v.reason());
              s.executeUpdate();
            }
          }
          insertVersion(
              draft.id(),
              now,
              draft.title(),
              ResumeJson.write(draft.resume()),
              VersionReason.MOVED_FROM_LOCAL_PROFILE);
          for (CarriedSent c : carried.sent()) {
            try (PreparedStatement s =
                db.prepareStatement(
                    "INSERT INTO sent_copies (draft_id, draft_title, company, role, sent_on,"
                        + " recorded_at, resume) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
              s.setString(1, draft.id().toString());
              s.setString(2, c.title());
              s.setString(3, c.company());
              s.setString(4, c.role());
              s.setString(5, c.sentOn());
              s.setLong(6, c.recordedAt());
              s.setString(7, c.resume());
              s.executeUpdate();
            }
          }
          outbox(draft.id(), Change.CREATE, 1, now);
          return true;
        });
  }

  /** A sent copy whose draft is gone, with its id here, for moving the application log. */
  record CarriedOrphan(long id, UUID draftId, CarriedSent sent) {}

  /** The sent copies whose draft was deleted: the rest of the application log. */
  List<CarriedOrphan> orphanSentCopies() {
    return read(
        () -> {
          try (Statement s = db.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT id, draft_id, draft_title, company, role, sent_on, recorded_at,"
                          + " resume FROM sent_copies"
                          + " WHERE draft_id NOT IN (SELECT id FROM drafts) ORDER BY id")) {
            List<CarriedOrphan> orphans = new ArrayList<>();
            while (rs.next()) {
              orphans.add(
                  new CarriedOrphan(
                      rs.getLong(1),
                      UUID.fromString(rs.getString(2)),
                      new CarriedSent(
                          rs.getString(3),
                          rs.getString(4),
                          rs.getString(5),
                          rs.getString(6),
                          rs.getLong(7),
                          rs.getString(8))));
            }
            return orphans;
          }
        });
  }

  /**
   * Stores a sent copy carried from another profile unless the same one (draft, company, role, day
   * and moment recorded) is here already: a move interrupted after this step.
   */
  void receiveSent(CarriedOrphan orphan) {
    write(
        () -> {
          CarriedSent c = orphan.sent();
          try (PreparedStatement s =
              db.prepareStatement(
                  "INSERT INTO sent_copies (draft_id, draft_title, company, role, sent_on,"
                      + " recorded_at, resume) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                      + " (SELECT 1 FROM sent_copies WHERE draft_id = ? AND company = ?"
                      + " AND role = ? AND sent_on = ? AND recorded_at = ?)")) {
            s.setString(1, orphan.draftId().toString());
            s.setString(2, c.title());
            s.setString(3, c.company());
            s.setString(4, c.role());
            s.setString(5, c.sentOn());
            s.setLong(6, c.recordedAt());
            s.setString(7, c.resume());
            s.setString(8, orphan.draftId().toString());
            s.setString(9, c.company());
            s.setString(10, c.role());
            s.setString(11, c.sentOn());
            s.setLong(12, c.recordedAt());
            s.executeUpdate();
          }
          return null;
        });
  }

  void forgetSent(long sentCopyId) {
    write(
        () -> {
          try (PreparedStatement s = db.prepareStatement("DELETE FROM sent_copies WHERE id = ?")) {
            s.setLong(1, sentCopyId);
            s.executeUpdate();
          }
          return null;
        });
  }

  /** Removes a draft that now lives in another profile, with its history and sent copies. */
  void forgetMoved(UUID id) {
    write(
        () -> {
          LocalDraft draft = draftOrNull(id);
          if (draft == null) {
            return null;
          }
          try (PreparedStatement s =
              db.prepareStatement("DELETE FROM sent_copies WHERE draft_id = ?")) {
            s.setString(1, id.toString());
            s.executeUpdate();
          }
          delete(draft);
          return null;
        });
  }

  // ---- settings of the profile --------------------------------------------------------------

  Optional<String> setting(String key) {
    return read(
        () -> {
          try (PreparedStatement s =
              db.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  void putSetting(String key, String value) {
    write(
        () -> {
          try (PreparedStatement s =
              db.prepareStatement(
                  "INSERT INTO settings (key, value) VALUES (?, ?)"
                      + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
          }
          return null;
        });
  }

  // ---- the file -----------------------------------------------------------------------------

  /** Copies the whole database, consistent, into {@code target} (SQLite's online backup). */
  synchronized void backupTo(Path target) {
    ensureOpen();
    try {
      ((org.sqlite.SQLiteConnection) db)
          .getDatabase()
          .backup("main", target.toAbsolutePath().toString(), null);
    } catch (SQLException e) {
      throw StoreErrors.map(e, file);
    }
  }

  /** What {@code PRAGMA quick_check} finds wrong; empty when the file is sound. */
  synchronized List<String> quickCheck() {
    return read(() -> SqliteFiles.quickCheck(db));
  }

  /**
   * Runs one statement as is and returns its first value (empty when it gives none): for tests that
   * set limits (max_page_count) or read them.
   */
  synchronized String pragma(String sql) {
    return read(
        () -> {
          try (Statement s = db.createStatement()) {
            if (!s.execute(sql)) {
              return "";
            }
            try (ResultSet rs = s.getResultSet()) {
              return rs.next() ? rs.getString(1) : "";
            }
          }
        });
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      db.close();
    } catch (SQLException e) {
      throw StoreErrors.map(e, file);
    }
  }

  synchronized boolean isClosed() {
    return closed;
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** The resume is kept apart from the drafts' short columns, so listing reads only those. */
  private void putResume(UUID id, String json) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT OR REPLACE INTO draft_resumes (seq, resume)"
                + " VALUES ((SELECT seq FROM drafts WHERE id = ?), ?)")) {
      s.setString(1, id.toString());
      s.setString(2, json);
      s.executeUpdate();
    }
  }

  private void index(UUID id, String title, Resume resume) throws SQLException {
    long seq;
    try (PreparedStatement s = db.prepareStatement("SELECT seq FROM drafts WHERE id = ?")) {
      s.setString(1, id.toString());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        seq = rs.getLong(1);
      }
    }
    try (PreparedStatement s = db.prepareStatement("DELETE FROM draft_text WHERE rowid = ?")) {
      s.setLong(1, seq);
      s.executeUpdate();
    }
    try (PreparedStatement s =
        db.prepareStatement("INSERT INTO draft_text (rowid, title, body) VALUES (?, ?, ?)")) {
      s.setLong(1, seq);
      s.setString(2, title);
      s.setString(3, ResumeJson.searchableText(resume));
      s.executeUpdate();
    }
  }

  private record Latest(long id, Instant startedAt, String title, VersionReason reason) {}

  private Latest latestVersion(UUID id) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT id, started_at, title, reason FROM versions WHERE draft_id = ?"
                + " ORDER BY id DESC LIMIT 1")) {
      s.setString(1, id.toString());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new Latest(
            rs.getLong(1),
            Instant.ofEpochMilli(rs.getLong(2)),
            rs.getString(3),
            VersionReason.valueOf(rs.getString(4)));
      }
    }
  }

  private void insertVersion(UUID id, Instant now, String title, String json, VersionReason reason)
      throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO versions (draft_id, started_at, saved_at, title, resume, reason)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, id.toString());
      s.setLong(2, now.toEpochMilli());
      s.setLong(3, now.toEpochMilli());
      s.setString(4, title);
      s.setString(5, json);
      s.setString(6, reason.name());
      s.executeUpdate();
    }
  }

  private void outbox(UUID id, Change change, long revision, Instant at) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO outbox (draft_id, change, revision, at) VALUES (?, ?, ?, ?)")) {
      s.setString(1, id.toString());
      s.setString(2, change.name());
      s.setLong(3, revision);
      s.setLong(4, at.toEpochMilli());
      s.executeUpdate();
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static Instant instantOrNull(ResultSet rs, int column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  private static void requireText(String title, Resume resume) {
    Objects.requireNonNull(title, "title");
    if (resume == null && title.isBlank()) {
      throw new IllegalArgumentException("a name must not be blank");
    }
  }

  private StoreException notFound(String what) {
    return new StoreException(
        StoreException.Kind.NOT_FOUND,
        "That " + what + " is no longer here: it was deleted, or moved to another profile.");
  }

  private void ensureOpen() {
    if (closed) {
      throw new StoreException(
          StoreException.Kind.IO,
          "These drafts were closed (the profile changed, or the app is closing). Open the drafts"
              + " again."
              + StoreErrors.KEPT);
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  private synchronized <T> T read(Work<T> work) {
    ensureOpen();
    try {
      return work.run();
    } catch (SQLException e) {
      throw StoreErrors.map(e, file);
    }
  }

  /** Runs {@code work} in one transaction: all of it is stored, or none. */
  private synchronized <T> T write(Work<T> work) {
    ensureOpen();
    try {
      try (Statement begin = db.createStatement()) {
        begin.execute("BEGIN IMMEDIATE");
      }
      T result;
      try {
        result = work.run();
        try (Statement commit = db.createStatement()) {
          commit.execute("COMMIT");
        }
      } catch (SQLException | RuntimeException e) {
        Transactions.rollback(db, e);
        throw e;
      }
      return result;
    } catch (SQLException e) {
      throw StoreErrors.map(e, file);
    }
  }
}
