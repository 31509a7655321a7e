package org.careercoach.desktop.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.stream.Stream;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.careercoach.desktop.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each failure with a real file: damaged, locked, full, read-only. */
class StoreFailuresTest {

  @TempDir Path dir;
  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00.123456Z"));

  private Path folder() {
    return dir.resolve("profiles").resolve("local");
  }

  private Path file() {
    return folder().resolve(ProfileFolders.DATABASE);
  }

  private ProfileOpener opener() {
    return new ProfileOpener(clock, StoreOptions.DEFAULT);
  }

  /** A file of several pages with one draft, backed up (the open does that), then closed. */
  private LocalDraft storeWithBackup() {
    ProfileOpener.Opened opened = opener().open(folder());
    LocalDraft kept;
    try (SqliteDraftStore store = opened.store()) {
      kept = store.create("Kept in the backup", Resumes.sample("Ada", "backed up"));
      new Backups(folder(), clock).make(store);
      clock.advance(Duration.ofHours(1));
      for (int i = 0; i < 40; i++) {
        store.create("After the backup " + i, Resumes.sample("Bob", "x".repeat(2000)));
      }
    }
    return kept;
  }

  @Test
  void aGarbledFileIsSetAsideAndTheLatestBackupRestored() throws IOException {
    LocalDraft kept = storeWithBackup();
    byte[] noise = new byte[8192];
    new Random(7).nextBytes(noise);
    Files.write(file(), noise);
    clock.advance(Duration.ofMinutes(1));

    ProfileOpener.Opened reopened = opener().open(folder());

    try (SqliteDraftStore store = reopened.store()) {
      assertThat(store.list(DraftSort.TITLE))
          .extracting(DraftSummary::id)
          .containsExactly(kept.id());
    }
    assertThat(reopened.problem()).contains("damaged", "set aside", "backup of");
    assertThat(damagedFiles()).hasSize(1);
    assertThat(Files.readAllBytes(damagedFiles().findFirst().orElseThrow())).isEqualTo(noise);
  }

  @Test
  void aTruncatedFileIsCaughtAtOpenAndSetAside() throws IOException {
    LocalDraft kept = storeWithBackup();
    long size = Files.size(file());
    try (var channel =
        java.nio.channels.FileChannel.open(file(), java.nio.file.StandardOpenOption.WRITE)) {
      channel.truncate(size / 2);
    }

    ProfileOpener.Opened reopened = opener().open(folder());

    try (SqliteDraftStore store = reopened.store()) {
      assertThat(store.find(kept.id())).isPresent();
      assertThat(store.list(DraftSort.TITLE)).hasSize(1);
    }
    assertThat(reopened.problem()).contains("damaged");
    assertThat(damagedFiles()).hasSize(1);
  }

  @Test
  void aDamagedFileWithoutBackupStartsEmptyAndKeepsTheDamagedOne() throws IOException {
    Files.createDirectories(folder());
    Files.writeString(file(), "this is not a database, but it is somebody's file".repeat(100));

    ProfileOpener.Opened reopened = opener().open(folder());

    try (SqliteDraftStore store = reopened.store()) {
      assertThat(store.list(DraftSort.TITLE)).isEmpty();
    }
    assertThat(reopened.problem()).contains("no backup", "kept as");
    assertThat(damagedFiles()).hasSize(1);
  }

  private Stream<Path> damagedFiles() throws IOException {
    return Files.list(folder())
        .filter(f -> f.getFileName().toString().matches("drafts\\.db\\.damaged-\\d{8}-\\d{6}"))
        .toList()
        .stream();
  }

  @Test
  void backupsRollKeepingTheNewestThree() {
    try (SqliteDraftStore store = opener().open(folder()).store()) {
      Backups backups = new Backups(folder(), clock);
      assertThat(backups.newestFirst()).hasSize(1); // made at the first open
      assertThat(backups.makeIfDue(store)).isFalse();
      for (int i = 0; i < 4; i++) {
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(backups.makeIfDue(store)).isTrue();
      }
      assertThat(backups.newestFirst()).hasSize(Backups.KEEP);
      assertThat(Backups.takenAt(backups.newestFirst().get(0)))
          .contains(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }
  }

  @Test
  void aFileLockedByAnotherProgramGivesLockedAndChangesNothing() throws Exception {
    StoreOptions quick = new StoreOptions(Duration.ofMillis(200), false);
    try (SqliteDraftStore store = SqliteDraftStore.open(file(), clock, quick)) {
      LocalDraft draft = store.create("A", Resumes.sample("Ada", "before"));
      try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file());
          Statement s = other.createStatement()) {
        s.execute("BEGIN EXCLUSIVE");

        assertThatThrownBy(() -> store.save(draft.id(), "A", Resumes.sample("Ada", "after")))
            .isInstanceOfSatisfying(
                StoreException.class,
                e -> {
                  assertThat(e.kind()).isEqualTo(StoreException.Kind.LOCKED);
                  assertThat(e.getMessage()).contains("in use by another program", "Close it");
                });
        s.execute("ROLLBACK");
      }
      assertThat(store.find(draft.id()).orElseThrow().resume().basics().summary())
          .isEqualTo("before");
      assertThat(store.pendingChanges()).hasSize(1);
      assertThat(store.save(draft.id(), "A", Resumes.sample("Ada", "after")).revision())
          .isEqualTo(2);
    }
  }

  @Test
  void aFullDiskGivesDiskFullAndChangesNothing() {
    try (SqliteDraftStore store = SqliteDraftStore.open(file(), clock)) {
      LocalDraft draft = store.create("A", Resumes.sample("Ada", "small"));
      store.pragma("PRAGMA max_page_count = " + pageCount(store));

      assertThatThrownBy(
              () -> store.save(draft.id(), "A", Resumes.sample("Ada", "big ".repeat(50_000))))
          .isInstanceOfSatisfying(
              StoreException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(StoreException.Kind.DISK_FULL);
                assertThat(e.getMessage()).contains("disk", "full", "Free some space");
              });
      assertThat(store.find(draft.id()).orElseThrow().revision()).isEqualTo(1);
      assertThat(store.pendingChanges()).hasSize(1);
    }
  }

  private static long pageCount(SqliteDraftStore store) {
    return Long.parseLong(store.pragma("PRAGMA page_count"));
  }

  @Test
  void aReadOnlyFileGivesReadOnlyWithTheWayOut() {
    LocalDraft draft;
    try (SqliteDraftStore store = SqliteDraftStore.open(file(), clock)) {
      draft = store.create("A", Resumes.sample("Ada", "written"));
    }
    // Tests run as root, whom file modes do not stop: the file is opened read-only instead, as
    // SQLite does by itself when it cannot write the file or its folder.
    try (SqliteDraftStore store =
        SqliteDraftStore.open(file(), clock, new StoreOptions(Duration.ofSeconds(1), true))) {
      assertThat(store.find(draft.id())).isPresent();
      assertThatThrownBy(() -> store.rename(draft.id(), "B"))
          .isInstanceOfSatisfying(
              StoreException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(StoreException.Kind.READ_ONLY);
                assertThat(e.getMessage()).contains("read-only", "COACH_DATA_DIR");
              });
    }
  }

  @Test
  void aDataFolderThatIsAFileCannotBeOpenedAndSaysWhy() throws IOException {
    Path notAFolder = dir.resolve("data");
    Files.writeString(notAFolder, "a file where the folder should be");

    assertThatThrownBy(() -> SqliteDraftStore.open(notAFolder.resolve("drafts.db"), clock))
        .isInstanceOfSatisfying(
            StoreException.class, e -> assertThat(e.getMessage()).contains(notAFolder.toString()));
  }
}
