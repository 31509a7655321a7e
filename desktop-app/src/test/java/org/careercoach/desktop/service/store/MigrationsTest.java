package org.careercoach.desktop.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.careercoach.desktop.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

  @TempDir Path dir;
  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00.123456Z"));

  private Connection connect(Path file) throws SQLException {
    return SqliteFiles.connect(file, StoreOptions.DEFAULT);
  }

  @Test
  void anEmptyFileGetsTheWholeSchema() throws SQLException {
    Path file = dir.resolve("new.db");
    try (Connection db = connect(file)) {
      assertThat(Migrations.migrate(db, Migrations.latest())).isZero();
      assertThat(Migrations.userVersion(db)).isEqualTo(Migrations.latest());
      assertThat(tables(db))
          .contains(
              "drafts",
              "draft_resumes",
              "versions",
              "sent_copies",
              "outbox",
              "settings",
              "draft_text");
      assertThat(Migrations.migrate(db, Migrations.latest())).isEqualTo(Migrations.latest());
    }
  }

  /** From every earlier schema: a file left at that version, with a draft in it, moves up. */
  @Test
  void everyEarlierSchemaMovesUpKeepingItsDrafts() throws SQLException {
    for (int version = 1; version < Migrations.latest(); version++) {
      Path file = dir.resolve("v" + version + ".db");
      UUID id = UUID.randomUUID();
      try (Connection db = connect(file)) {
        Migrations.migrate(db, version);
        assertThat(Migrations.userVersion(db)).isEqualTo(version);
        insertDraftAsVersionOneDid(db, id);
        if (version >= 2) {
          indexAsVersionTwoDid(db, id);
        }
      }

      try (SqliteDraftStore store = SqliteDraftStore.open(file, clock)) {
        assertThat(store.find(id).orElseThrow().title()).isEqualTo("Written by schema 1");
        assertThat(store.search("zanzibar", DraftSort.TITLE))
            .extracting(DraftSummary::id)
            .containsExactly(id);
        assertThat(store.save(id, "Now", Resumes.sample("Ada", "later")).revision()).isEqualTo(2);
      }
    }
  }

  private static void insertDraftAsVersionOneDid(Connection db, UUID id) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO drafts (id, title, headline, revision, created_at, updated_at)"
                + " VALUES (?, 'Written by schema 1', '', 1, 0, 0)")) {
      s.setString(1, id.toString());
      s.executeUpdate();
    }
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO draft_resumes (seq, resume) VALUES (last_insert_rowid(), ?)")) {
      s.setString(1, ResumeJson.write(Resumes.sample("Ada", "Lives in Zanzibar")));
      s.executeUpdate();
    }
  }

  /** Schema 2 keeps every draft in the search index, written as a save does. */
  private static void indexAsVersionTwoDid(Connection db, UUID id) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO draft_text (rowid, title, body)"
                + " VALUES ((SELECT seq FROM drafts WHERE id = ?), 'Written by schema 1', ?)")) {
      s.setString(1, id.toString());
      s.setString(2, ResumeJson.searchableText(Resumes.sample("Ada", "Lives in Zanzibar")));
      s.executeUpdate();
    }
  }

  @Test
  void theSyncTablesArriveEmptyAndOldChangesWaitToBeSentAsCreates() throws SQLException {
    Path file = dir.resolve("v2-outbox.db");
    UUID id = UUID.randomUUID();
    try (Connection db = connect(file)) {
      Migrations.migrate(db, 2);
      insertDraftAsVersionOneDid(db, id);
      indexAsVersionTwoDid(db, id);
      try (PreparedStatement s =
          db.prepareStatement(
              "INSERT INTO outbox (draft_id, change, revision, at) VALUES (?, 'CREATE', 1, 0)")) {
        s.setString(1, id.toString());
        s.executeUpdate();
      }
    }

    try (SqliteDraftStore store = SqliteDraftStore.open(file, clock)) {
      SyncReplica replica = store.replica();
      assertThat(replica.baseVersion(id)).isEmpty();
      assertThat(replica.cursor()).isEmpty();
      assertThat(replica.conflicts()).isEmpty();
      SyncReplica.SyncRequest request = replica.nextRequest(() -> "k").orElseThrow();
      assertThat(request.draftId()).isEqualTo(id);
      assertThat(request.ifMatch()).as("never sent: a create").isNull();
    }
    try (Connection db = connect(file)) {
      assertThat(tables(db))
          .contains("sync_base", "sync_request", "sync_refused", "sync_conflicts");
    }
  }

  @Test
  void aFailingStepLeavesTheFileAtTheVersionBefore() throws SQLException {
    Path file = dir.resolve("half.db");
    List<Migrations.Step> steps = new ArrayList<>(Migrations.ALL);
    steps.add(
        new Migrations.Step(
            Migrations.latest() + 1,
            "breaks half way",
            db -> {
              try (Statement s = db.createStatement()) {
                s.execute("CREATE TABLE half_done (x)");
                s.execute("INSERT INTO no_such_table VALUES (1)");
              }
            }));
    try (Connection db = connect(file)) {
      assertThatThrownBy(() -> Migrations.migrate(db, steps, Migrations.latest() + 1))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("no_such_table");
      assertThat(Migrations.userVersion(db)).isEqualTo(Migrations.latest());
      assertThat(tables(db)).doesNotContain("half_done");
    }
  }

  @Test
  void aFileFromANewerAppIsRefusedUntouched() throws SQLException {
    Path file = dir.resolve("future.db");
    try (Connection db = connect(file);
        Statement s = db.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }

    assertThatThrownBy(() -> SqliteDraftStore.open(file, clock))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("newer version of Career Coach");
    try (Connection db = connect(file)) {
      assertThat(Migrations.userVersion(db)).isEqualTo(99);
      assertThat(tables(db)).doesNotContain("drafts");
    }
  }

  private static List<String> tables(Connection db) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
