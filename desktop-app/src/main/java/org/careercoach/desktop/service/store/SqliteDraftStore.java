package org.careercoach.desktop.service.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.model.resume.Resume;

/**
 * A profile's drafts in one SQLite file (ADR 0016). Each method checks its arguments, opens a read
 * or a transaction on the one {@link StoreConnection}, and hands the work to the class that owns
 * it: {@link DraftChanges} for the changes that must be synced, the table classes ({@link
 * DraftRows}, {@link SearchIndex}, {@link History}, {@link SentCopies}, {@link OutboxRows}, {@link
 * ProfileSettings}) for the rest.
 */
public final class SqliteDraftStore implements DraftStore, Outbox {

  private final StoreConnection connection;
  private final DraftRows drafts;
  private final SearchIndex index;
  private final History history;
  private final SentCopies sentCopies;
  private final OutboxRows outbox;
  private final ProfileSettings settings;
  private final DraftChanges changes;
  private final LocalChanges localChanges = new LocalChanges();
  private final SqliteSyncReplica replica;
  private final SqliteResumeFileStore resumeFiles;

  private SqliteDraftStore(Connection db, Path file, Clock clock) {
    this.connection = new StoreConnection(db, file);
    this.drafts = new DraftRows(db);
    this.index = new SearchIndex(db, drafts);
    this.history = new History(db);
    this.sentCopies = new SentCopies(db);
    this.outbox = new OutboxRows(db);
    this.settings = new ProfileSettings(db);
    this.changes = new DraftChanges(drafts, index, history, sentCopies, outbox, clock);
    this.replica =
        new SqliteSyncReplica(connection, drafts, index, history, changes, settings, localChanges);
    this.resumeFiles = new SqliteResumeFileStore(connection, clock);
  }

  /** The resume-files service's view of this store. */
  ResumeFileStore resumeFiles() {
    return resumeFiles;
  }

  /** The sync engine's view of this store. */
  SyncReplica replica() {
    return replica;
  }

  /** A change the person made, committed: the sync engine hears of it. */
  private <T> T told(T result) {
    localChanges.changed();
    return result;
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
    return connection.file();
  }

  // ---- reading ------------------------------------------------------------------------------

  @Override
  public List<DraftSummary> list(DraftSort sort) {
    return connection.read(() -> drafts.notTrashed(sort));
  }

  @Override
  public List<DraftSummary> search(String words, DraftSort sort) {
    String query = SearchQuery.of(words);
    if (query.isEmpty()) {
      return list(sort);
    }
    return connection.read(() -> index.matching(query, sort));
  }

  @Override
  public List<DraftSummary> trash() {
    return connection.read(drafts::trashed);
  }

  @Override
  public Optional<LocalDraft> find(UUID id) {
    return connection.read(() -> drafts.find(id));
  }

  @Override
  public List<VersionInfo> history(UUID id) {
    return connection.read(
        () -> {
          drafts.draft(id);
          return history.of(id);
        });
  }

  @Override
  public Resume version(long versionId) {
    return connection.read(() -> ResumeJson.read(history.json(versionId)));
  }

  @Override
  public List<SentCopy> applications() {
    return connection.read(sentCopies::all);
  }

  @Override
  public Resume sentResume(long sentCopyId) {
    return connection.read(() -> ResumeJson.read(sentCopies.json(sentCopyId)));
  }

  @Override
  public List<PendingChange> pendingChanges() {
    return connection.read(outbox::pending);
  }

  // ---- changing -----------------------------------------------------------------------------

  @Override
  public LocalDraft create(String title, Resume resume) {
    requireText(title, resume);
    return told(connection.write(() -> changes.create(title, resume)));
  }

  @Override
  public LocalDraft save(UUID id, String title, Resume resume) {
    requireText(title, resume);
    return told(connection.write(() -> changes.save(id, title, resume)));
  }

  @Override
  public LocalDraft rename(UUID id, String title) {
    requireText(title, null);
    return told(connection.write(() -> changes.rename(id, title)));
  }

  @Override
  public LocalDraft duplicate(UUID id, String title) {
    requireText(title, null);
    return told(connection.write(() -> changes.create(title, drafts.draft(id).resume())));
  }

  @Override
  public LocalDraft moveToTrash(UUID id) {
    return told(connection.write(() -> changes.moveToTrash(id)));
  }

  @Override
  public LocalDraft restoreFromTrash(UUID id) {
    return told(connection.write(() -> changes.restoreFromTrash(id)));
  }

  @Override
  public void deleteForever(UUID id) {
    connection.write(
        () -> {
          changes.delete(id);
          return null;
        });
    localChanges.changed();
  }

  @Override
  public int purgeTrash(Duration age) {
    int purged = connection.write(() -> changes.purgeTrash(age));
    return purged == 0 ? 0 : told(purged);
  }

  @Override
  public void keepVersion(UUID id, VersionReason reason) {
    Objects.requireNonNull(reason, "reason");
    connection.write(
        () -> {
          history.keep(drafts.draft(id), reason, changes.now());
          return null;
        });
  }

  @Override
  public LocalDraft restoreVersion(UUID id, long versionId) {
    return told(connection.write(() -> changes.restoreVersion(id, versionId)));
  }

  @Override
  public SentCopy recordSent(UUID id, String company, String role, LocalDate sentOn, String job) {
    requireText(company, null);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(sentOn, "sentOn");
    Objects.requireNonNull(job, "job");
    return connection.write(
        () -> sentCopies.record(drafts.draft(id), company, role, sentOn, job, changes.now()));
  }

  private static void requireText(String title, Resume resume) {
    Objects.requireNonNull(title, "title");
    if (resume == null && title.isBlank()) {
      throw new IllegalArgumentException("a name must not be blank");
    }
  }

  // ---- moving drafts between profiles (see LocalDraftsMove) ----------------------------------

  List<UUID> allDraftIds() {
    return connection.read(drafts::allIds);
  }

  /** The draft with its history and sent copies, if it is still here. */
  Optional<Carried> carry(UUID id) {
    return connection.read(
        () -> {
          Optional<LocalDraft> draft = drafts.find(id);
          if (draft.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(new Carried(draft.get(), history.carried(id), sentCopies.carried(id)));
        });
  }

  /** See {@link DraftChanges#receive}. */
  boolean receive(Carried carried) {
    return told(connection.write(() -> changes.receive(carried)));
  }

  /** See {@link DraftChanges#forgetMoved}. */
  void forgetMoved(UUID id) {
    connection.write(
        () -> {
          changes.forgetMoved(id);
          return null;
        });
    localChanges.changed();
  }

  List<Carried.Orphan> orphanSentCopies() {
    return connection.read(sentCopies::orphans);
  }

  /** See {@link SentCopies#addOnce}. */
  void receiveSent(Carried.Orphan orphan) {
    connection.write(
        () -> {
          sentCopies.addOnce(orphan);
          return null;
        });
  }

  void forgetSent(long sentCopyId) {
    connection.write(
        () -> {
          sentCopies.remove(sentCopyId);
          return null;
        });
  }

  // ---- settings of the profile --------------------------------------------------------------

  Optional<String> setting(String key) {
    return connection.read(() -> settings.get(key));
  }

  void putSetting(String key, String value) {
    connection.write(
        () -> {
          settings.put(key, value);
          return null;
        });
  }

  // ---- the file -----------------------------------------------------------------------------

  /** Copies the whole database, consistent, into {@code target} (SQLite's online backup). */
  void backupTo(Path target) {
    connection.read(
        () ->
            ((org.sqlite.SQLiteConnection) connection.db())
                .getDatabase()
                .backup("main", target.toAbsolutePath().toString(), null));
  }

  /** What {@code PRAGMA quick_check} finds wrong; empty when the file is sound. */
  List<String> quickCheck() {
    return connection.read(() -> SqliteFiles.quickCheck(connection.db()));
  }

  /**
   * Runs one statement as is and returns its first value (empty when it gives none): for tests that
   * set limits (max_page_count) or read them.
   */
  String pragma(String sql) {
    return connection.read(
        () -> {
          try (Statement s = connection.db().createStatement()) {
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
  public void close() {
    connection.close();
  }

  boolean isClosed() {
    return connection.isClosed();
  }
}
