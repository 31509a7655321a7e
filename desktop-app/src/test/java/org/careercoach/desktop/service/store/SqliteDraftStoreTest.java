package org.careercoach.desktop.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.careercoach.desktop.service.store.DraftStore.VersionReason;
import org.careercoach.desktop.service.store.PendingChange.Change;
import org.careercoach.desktop.support.TestClock;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDraftStoreTest {

  @TempDir Path dir;
  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00.123456Z"));
  private SqliteDraftStore store;

  @BeforeEach
  void open() {
    store = SqliteDraftStore.open(dir.resolve("drafts.db"), clock);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aCreatedDraftReadsBackWithItsUnknownFieldsAfterReopening() {
    Resume resume = Resumes.sample("Ada Lovelace", "Engines & notes");
    LocalDraft created = store.create("For Initech", resume);
    store.close();
    store = SqliteDraftStore.open(dir.resolve("drafts.db"), clock);

    LocalDraft read = store.find(created.id()).orElseThrow();

    assertThat(read).isEqualTo(created);
    assertThat(read.resume()).isEqualTo(resume);
    assertThat(read.resume().extensions()).containsKey("x-tailoredFor");
    assertThat(read.resume().basics().extensions()).containsKey("x-pronouns");
    assertThat(read.revision()).isEqualTo(1);
    assertThat(store.list(DraftSort.TITLE))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.title()).isEqualTo("For Initech");
              assertThat(s.headline()).isEqualTo("Ada Lovelace — Backend engineer");
            });
  }

  @Test
  void eachChangeGrowsTheRevisionAndAddsOneOutboxRow() {
    LocalDraft draft = store.create("A", Resumes.sample("Ada", "one"));
    store.save(draft.id(), "A", Resumes.sample("Ada", "two"));
    store.save(draft.id(), "A", Resumes.sample("Ada", "two")); // the same text: no change
    store.rename(draft.id(), "B");
    store.moveToTrash(draft.id());
    store.restoreFromTrash(draft.id());
    LocalDraft last = store.find(draft.id()).orElseThrow();
    store.deleteForever(draft.id());

    assertThat(last.revision()).isEqualTo(5);
    assertThat(store.pendingChanges())
        .extracting(PendingChange::change, PendingChange::revision)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Change.CREATE, 1L),
            org.assertj.core.groups.Tuple.tuple(Change.UPDATE, 2L),
            org.assertj.core.groups.Tuple.tuple(Change.RENAME, 3L),
            org.assertj.core.groups.Tuple.tuple(Change.TRASH, 4L),
            org.assertj.core.groups.Tuple.tuple(Change.RESTORE, 5L),
            org.assertj.core.groups.Tuple.tuple(Change.DELETE, 6L));
    assertThat(store.find(draft.id())).isEmpty();
  }

  @Test
  void listsSortByTitleOrLastChangeAndLeaveTheTrashOut() {
    LocalDraft b = store.create("banana", Resumes.sample("B", "b"));
    clock.advance(Duration.ofSeconds(1));
    LocalDraft a = store.create("Apple", Resumes.sample("A", "a"));
    clock.advance(Duration.ofSeconds(1));
    LocalDraft c = store.create("cherry", Resumes.sample("C", "c"));
    clock.advance(Duration.ofSeconds(1));
    store.save(b.id(), "banana", Resumes.sample("B", "b2"));
    store.moveToTrash(c.id());

    assertThat(store.list(DraftSort.TITLE))
        .extracting(DraftSummary::id)
        .containsExactly(a.id(), b.id());
    assertThat(store.list(DraftSort.LAST_CHANGED))
        .extracting(DraftSummary::id)
        .containsExactly(b.id(), a.id());
    assertThat(store.trash()).extracting(DraftSummary::id).containsExactly(c.id());
  }

  @Test
  void searchFindsAnyWordOfTheResumeIncludingUnknownFieldsAndPrefixes() {
    LocalDraft kafka = store.create("Data role", Resumes.sample("Ada", "Streams with Kafka"));
    LocalDraft other = store.create("Frontend role", Resumes.sample("Bob", "React and CSS"));
    store.moveToTrash(store.create("Old", Resumes.sample("Ada", "Streams again")).id());

    assertThat(store.search("strea", DraftSort.TITLE))
        .extracting(DraftSummary::id)
        .containsExactly(kafka.id());
    assertThat(store.search("initech", DraftSort.TITLE)).hasSize(2); // in x-tailoredFor
    assertThat(store.search("frontend css", DraftSort.TITLE))
        .extracting(DraftSummary::id)
        .containsExactly(other.id());
    assertThat(store.search("\"unbalanced AND ( NEAR", DraftSort.TITLE)).isEmpty();
    assertThat(store.search("  ", DraftSort.TITLE)).hasSize(2);

    store.save(other.id(), "Frontend role", Resumes.sample("Bob", "Now streams too"));
    assertThat(store.search("streams", DraftSort.TITLE)).hasSize(2);
  }

  @Test
  void autosavesAreFoldedIntoOneVersionPerFiveMinutesAndCloseSealsIt() {
    LocalDraft draft = store.create("A", Resumes.sample("Ada", "v0"));
    for (int i = 1; i <= 10; i++) {
      clock.advance(Duration.ofSeconds(20));
      store.save(draft.id(), "A", Resumes.sample("Ada", "v" + i)); // 200 s of typing
    }
    assertThat(store.history(draft.id())).hasSize(1);
    clock.advance(Duration.ofMinutes(2));
    store.save(draft.id(), "A", Resumes.sample("Ada", "v11")); // 5m20s after the start
    List<VersionInfo> history = store.history(draft.id());
    assertThat(history).hasSize(2);
    assertThat(store.version(history.get(1).id()).basics().summary()).isEqualTo("v10");

    store.keepVersion(draft.id(), VersionReason.CLOSED);
    store.keepVersion(draft.id(), VersionReason.CLOSED); // same text: nothing new
    clock.advance(Duration.ofSeconds(5));
    store.save(draft.id(), "A", Resumes.sample("Ada", "v12"));

    assertThat(store.history(draft.id()))
        .extracting(VersionInfo::reason)
        .containsExactly(VersionReason.AUTOSAVE, VersionReason.CLOSED, VersionReason.AUTOSAVE);
  }

  @Test
  void restoringAVersionKeepsTheCurrentTextFirst() {
    LocalDraft draft = store.create("A", Resumes.sample("Ada", "first"));
    long first = store.history(draft.id()).get(0).id();
    clock.advance(Duration.ofMinutes(6));
    store.save(draft.id(), "A", Resumes.sample("Ada", "second"));

    LocalDraft restored = store.restoreVersion(draft.id(), first);

    assertThat(restored.resume().basics().summary()).isEqualTo("first");
    List<VersionInfo> history = store.history(draft.id());
    assertThat(history.get(0).reason()).isEqualTo(VersionReason.BEFORE_RESTORE);
    assertThat(store.version(history.get(0).id()).basics().summary()).isEqualTo("second");
    assertThatThrownBy(() -> store.restoreVersion(UUID.randomUUID(), first))
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND));
  }

  @Test
  void duplicateHasItsOwnIdAndHistory() {
    LocalDraft draft = store.create("A", Resumes.sample("Ada", "x"));
    store.save(draft.id(), "A", Resumes.sample("Ada", "y"));
    LocalDraft copy = store.duplicate(draft.id(), "A (copy)");

    assertThat(copy.id()).isNotEqualTo(draft.id());
    assertThat(copy.resume().basics().summary()).isEqualTo("y");
    assertThat(store.history(copy.id())).hasSize(1);
  }

  @Test
  void trashIsPurgedAfterThirtyDaysOnly() {
    LocalDraft old = store.create("old", Resumes.sample("A", "a"));
    store.moveToTrash(old.id());
    clock.advance(Duration.ofDays(20));
    LocalDraft recent = store.create("recent", Resumes.sample("B", "b"));
    store.moveToTrash(recent.id());
    clock.advance(Duration.ofDays(11));

    assertThat(store.purgeTrash(Duration.ofDays(30))).isEqualTo(1);
    assertThat(store.find(old.id())).isEmpty();
    assertThat(store.trash()).extracting(DraftSummary::id).containsExactly(recent.id());
  }

  @Test
  void sentCopiesAreFrozenAndOutliveTheirDraft() {
    LocalDraft draft = store.create("A", Resumes.sample("Ada", "as sent"));
    SentCopy sent = store.recordSent(draft.id(), "Initech", "Engineer", LocalDate.of(2026, 3, 2));
    store.save(draft.id(), "A", Resumes.sample("Ada", "changed later"));
    store.deleteForever(draft.id());

    assertThat(store.applications()).containsExactly(sent);
    assertThat(store.sentResume(sent.id()).basics().summary()).isEqualTo("as sent");
    assertThat(sent.job()).isEmpty();
  }

  @Test
  void aSentCopyKeepsTheJobAdItAnswered() {
    LocalDraft draft = store.create("A", Resumes.sample("Ada", "as sent"));
    String ad = "Senior Engineer\nRequirements\n- Java\n";

    SentCopy sent =
        store.recordSent(draft.id(), "Initech", "Senior Engineer", LocalDate.of(2026, 3, 2), ad);

    assertThat(sent.job()).isEqualTo(ad);
    assertThat(store.applications()).singleElement().extracting(SentCopy::job).isEqualTo(ad);
  }

  @Test
  void unknownIdsAreNotFoundAndChangeNothing() {
    assertThatThrownBy(() -> store.save(UUID.randomUUID(), "A", Resumes.sample("A", "a")))
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND));
    assertThatThrownBy(() -> store.version(42))
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND));
    assertThat(store.pendingChanges()).isEmpty();
  }

  @Test
  void aClosedStoreSaysSoInsteadOfFailingObscurely() {
    store.close();
    assertThatThrownBy(() -> store.list(DraftSort.TITLE))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("closed");
  }
}
