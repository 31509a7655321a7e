package org.careercoach.desktop.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.careercoach.desktop.service.store.ResumeFileStore.KeptCorrection;
import org.careercoach.desktop.service.store.ResumeFileStore.QueueState;
import org.careercoach.desktop.service.store.ResumeFileStore.Queued;
import org.careercoach.desktop.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload queue and the copies beside it, on a real SQLite file. */
class ResumeFileStoreTest {

  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);

  @TempDir Path dir;
  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00Z"));
  private SqliteDraftStore db;

  private ResumeFileStore open() {
    db = SqliteDraftStore.open(dir.resolve("drafts.db"), clock);
    return db.resumeFiles();
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private Queued row(String sha) {
    Instant now = clock.instant();
    return new Queued(
        sha, "cv.pdf", 3, "application/pdf", now, QueueState.WAITING, "", null, 0, now);
  }

  private Path temp(ResumeFileStore store, String text) throws Exception {
    return Files.writeString(store.folder().resolve(UUID.randomUUID() + ".part"), text);
  }

  @Test
  void aQueuedFileHasItsCopyInPlaceAndSurvivesReopening() throws Exception {
    ResumeFileStore store = open();
    store.enqueue(row(A), temp(store, "pdf"));
    assertThat(store.copyOf(A)).hasContent("pdf");
    db.close();

    ResumeFileStore again = open();
    assertThat(again.queue()).containsExactly(row(A));
    assertThat(again.removeOrphans()).isZero();
    assertThat(again.copyOf(A)).exists();
  }

  @Test
  void aRowThatCannotBeStoredTakesItsCopyWithIt() throws Exception {
    ResumeFileStore store = open();
    store.enqueue(row(A), temp(store, "pdf"));
    Path second = temp(store, "other");
    Queued clash = row(B);
    db.close(); // the row cannot be written now

    assertThatThrownBy(() -> store.enqueue(clash, second)).isInstanceOf(StoreException.class);
    assertThat(store.copyOf(B)).doesNotExist();
  }

  @Test
  void aCrashBetweenCopyAndRowLeavesAnOrphanRemovedAtTheNextStart() throws Exception {
    ResumeFileStore store = open();
    store.enqueue(row(A), temp(store, "queued"));
    Files.writeString(store.copyOf(B), "moved in place, the row never committed");
    temp(store, "half a copy");
    String downloaded = "c".repeat(64);
    Files.writeString(store.copyOf(downloaded), "a downloaded original");
    store.keptOriginal(downloaded);
    String uploaded = "d".repeat(64);
    store.enqueue(row(uploaded), temp(store, "sent"));
    store.uploaded(uploaded, UUID.randomUUID());

    assertThat(store.removeOrphans()).isEqualTo(2);
    try (var left = Files.list(store.folder())) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(A, downloaded, uploaded);
    }
    assertThat(store.queue()).extracting(Queued::sha256).containsExactly(A);
  }

  @Test
  void refusedRowsCorrectionsAndTheCacheAreKept() throws Exception {
    ResumeFileStore store = open();
    store.enqueue(row(A), temp(store, "pdf"));
    store.update(store.queued(A).orElseThrow().refused("Too big."));
    UUID id = UUID.randomUUID();
    store.keepCorrections(
        A,
        id,
        List.of(
            new KeptCorrection("basics.email", "ada@", "ada@x.org", 0.4),
            new KeptCorrection("work[0].name", null, "Acme", -1)),
        clock.instant());
    store.cache("parsed:" + id, "{}");

    assertThat(store.queued(A).orElseThrow().state()).isEqualTo(QueueState.REFUSED);
    assertThat(store.queued(A).orElseThrow().problem()).isEqualTo("Too big.");
    assertThat(store.corrections(A))
        .extracting(KeptCorrection::field)
        .containsExactly("basics.email", "work[0].name");
    assertThat(store.cached("parsed:" + id)).contains("{}");

    store.forget(A, id);
    assertThat(store.queue()).isEmpty();
    assertThat(store.copyOf(A)).doesNotExist();
    assertThat(store.cached("parsed:" + id)).isEmpty();
  }
}
