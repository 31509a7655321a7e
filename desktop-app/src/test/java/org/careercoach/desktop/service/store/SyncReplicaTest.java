package org.careercoach.desktop.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.careercoach.desktop.service.store.DraftStore.VersionReason;
import org.careercoach.desktop.service.store.PendingChange.Change;
import org.careercoach.desktop.service.store.SyncReplica.ConflictOutcome;
import org.careercoach.desktop.service.store.SyncReplica.ConflictPair;
import org.careercoach.desktop.service.store.SyncReplica.Deletions;
import org.careercoach.desktop.service.store.SyncReplica.Method;
import org.careercoach.desktop.service.store.SyncReplica.PageOutcome;
import org.careercoach.desktop.service.store.SyncReplica.SyncRequest;
import org.careercoach.desktop.support.TestClock;
import org.careercoach.model.api.Draft;
import org.careercoach.model.api.DraftContent;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's side of sync (ADR 0019) on a real SQLite file: each operation, one transaction. */
class SyncReplicaTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @TempDir Path dir;
  private final TestClock clock = TestClock.ticking(Instant.parse("2026-12-02T09:00:00Z"));
  private final AtomicInteger keys = new AtomicInteger();
  private SqliteDraftStore store;
  private SyncReplica replica;

  @BeforeEach
  void open() {
    store = SqliteDraftStore.open(dir.resolve("drafts.db"), clock);
    replica = store.replica();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private SyncRequest next() {
    return replica.nextRequest(() -> "key-" + keys.incrementAndGet()).orElseThrow();
  }

  /** Pushes everything waiting as if the server stored each request as the next version. */
  private void pushAll() {
    Optional<SyncRequest> request;
    while ((request = replica.nextRequest(() -> "key-" + keys.incrementAndGet())).isPresent()) {
      SyncRequest r = request.get();
      long version = r.ifMatch() == null ? 1 : r.ifMatch() + 1;
      replica.acknowledged(r, r.method() == Method.DELETE ? null : stored(r, version));
    }
  }

  private static Draft stored(SyncRequest request, long version) {
    DraftContent content = CoachJson.mapper().readValue(request.body(), DraftContent.class);
    return new Draft(
        request.draftId(),
        content.title(),
        content.resume(),
        version,
        Instant.parse("2026-12-02T10:00:00Z"),
        content.trashedAt(),
        false,
        "this one");
  }

  private static Draft server(UUID id, String title, Resume resume, long version) {
    return new Draft(
        id, title, resume, version, Instant.parse("2026-12-02T11:00:00Z"), null, false, "laptop");
  }

  private static Draft tombstone(UUID id, long version) {
    return new Draft(
        id, "", null, version, Instant.parse("2026-12-02T11:00:00Z"), null, true, "laptop");
  }

  private static DraftContent body(SyncRequest request) {
    return CoachJson.mapper().readValue(request.body(), DraftContent.class);
  }

  // ---- pushing --------------------------------------------------------------------------------

  @Test
  void manyChangesToADraftBecomeOnePutOfItsCurrentTextStoredBeforeItIsSent() {
    LocalDraft d = store.create("Draft", Resumes.sample("Ada", "one"));
    store.save(d.id(), "Draft", Resumes.sample("Ada", "two"));
    store.save(d.id(), "Draft", Resumes.sample("Ada", "three"));
    store.rename(d.id(), "For Initech");
    long lastRow = store.pendingChanges().get(3).sequence();

    SyncRequest request = next();

    assertThat(request.method()).isEqualTo(Method.PUT);
    assertThat(request.ifMatch()).as("never pushed: a create").isNull();
    assertThat(request.coversUpTo()).isEqualTo(lastRow);
    assertThat(request.changes())
        .containsExactlyInAnyOrder(Change.CREATE, Change.UPDATE, Change.RENAME);
    assertThat(body(request).title()).isEqualTo("For Initech");
    assertThat(body(request).resume()).isEqualTo(Resumes.sample("Ada", "three"));

    // A crash after storing it: the same request, byte for byte, comes back after reopening.
    store.close();
    store = SqliteDraftStore.open(dir.resolve("drafts.db"), clock);
    replica = store.replica();
    assertThat(replica.inFlight()).contains(request);
    assertThat(next()).isEqualTo(request);
  }

  @Test
  void aBatchIsStoredBeforeAnyIsSentAndSentAgainWholeUntilAnswered() {
    LocalDraft a = store.create("A", Resumes.sample("Ada", "a"));
    LocalDraft b = store.create("B", Resumes.sample("Ada", "b"));
    LocalDraft c = store.create("C", Resumes.sample("Ada", "c"));

    List<SyncRequest> batch = replica.nextRequests(2, () -> "key-" + keys.incrementAndGet());

    assertThat(batch).extracting(SyncRequest::draftId).containsExactly(a.id(), b.id());
    assertThat(replica.inFlight()).isEqualTo(batch);
    assertThat(replica.nextRequests(5, () -> "other"))
        .as("in flight: sent again first")
        .isEqualTo(batch);

    java.util.Map<SyncRequest, Draft> answers = new java.util.LinkedHashMap<>();
    batch.forEach(r -> answers.put(r, stored(r, 1)));
    replica.acknowledged(answers);

    assertThat(replica.inFlight()).isEmpty();
    assertThat(replica.baseVersion(a.id())).hasValue(1);
    assertThat(replica.baseVersion(b.id())).hasValue(1);
    assertThat(replica.nextRequests(5, () -> "k"))
        .extracting(SyncRequest::draftId)
        .containsExactly(c.id());
  }

  @Test
  void anAnswerClearsTheRowsItCoveredAndEditsMadeMeanwhileGoNextWithTheNewBase() {
    LocalDraft d = store.create("Draft", Resumes.sample("Ada", "one"));
    SyncRequest first = next();
    store.save(d.id(), "Draft", Resumes.sample("Ada", "typed while sending"));

    replica.acknowledged(first, stored(first, 1));

    assertThat(replica.baseVersion(d.id())).hasValue(1);
    assertThat(store.pendingChanges())
        .singleElement()
        .extracting(PendingChange::change)
        .isEqualTo(Change.UPDATE);
    assertThat(replica.inFlight()).isEmpty();
    SyncRequest second = next();
    assertThat(second.key()).isNotEqualTo(first.key());
    assertThat(second.ifMatch()).isEqualTo(1L);
    assertThat(body(second).resume()).isEqualTo(Resumes.sample("Ada", "typed while sending"));
  }

  @Test
  void aLocalDeleteKeepsTheBaseVersionUntilTheDeleteIsSent() {
    LocalDraft d = store.create("Draft", Resumes.sample("Ada", "one"));
    pushAll();
    store.moveToTrash(d.id());
    store.deleteForever(d.id());

    SyncRequest delete = next();

    assertThat(delete.method()).isEqualTo(Method.DELETE);
    assertThat(delete.ifMatch()).isEqualTo(1L);
    assertThat(delete.body()).isNull();
    replica.acknowledged(delete, null);
    assertThat(replica.baseVersion(d.id())).isEmpty();
    assertThat(store.pendingChanges()).isEmpty();
  }

  @Test
  void aDraftMadeAndDeletedBeforeItWasEverSentIsNeverSent() {
    LocalDraft gone = store.create("Short-lived", Resumes.sample("Ada", "one"));
    store.deleteForever(gone.id());
    LocalDraft kept = store.create("Kept", Resumes.sample("Ada", "two"));

    SyncRequest request = next();

    assertThat(request.draftId()).isEqualTo(kept.id());
    assertThat(store.pendingChanges()).extracting(PendingChange::draftId).containsOnly(kept.id());
  }

  @Test
  void aRefusedDraftIsSkippedUntilItChangesAndTheOthersGoOn() {
    LocalDraft big = store.create("Too big", Resumes.sample("Ada", "huge"));
    LocalDraft fine = store.create("Fine", Resumes.sample("Bob", "small"));
    SyncRequest refused = next();
    assertThat(refused.draftId()).isEqualTo(big.id());

    replica.refused(refused, "The draft is larger than 1 MB.");

    assertThat(replica.refusals())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("1 MB"));
    assertThat(next().draftId()).isEqualTo(fine.id());
    pushAll();
    assertThat(replica.nextRequest(() -> "k")).isEmpty();
    assertThat(replica.waiting()).isEqualTo(1);

    store.save(big.id(), "Too big", Resumes.sample("Ada", "smaller now"));
    assertThat(next().draftId()).isEqualTo(big.id());
    assertThat(replica.refusals()).isEmpty();
  }

  @Test
  void anUpdateTheServerDoesNotKnowIsSentAgainAsACreate() {
    LocalDraft d = store.create("Draft", Resumes.sample("Ada", "one"));
    pushAll();
    store.save(d.id(), "Draft", Resumes.sample("Ada", "two"));
    SyncRequest update = next();
    assertThat(update.ifMatch()).isEqualTo(1L);

    replica.unknownToServer(update);

    SyncRequest create = next();
    assertThat(create.ifMatch()).isNull();
    assertThat(body(create).resume()).isEqualTo(Resumes.sample("Ada", "two"));
  }

  // ---- 409: the server's copy ------------------------------------------------------------------

  @Test
  void bothChangedMakesAConflictedCopyWithItsOwnCreateAndTheOriginalTakesTheServersCopy() {
    LocalDraft d = store.create("For Initech", Resumes.sample("Ada", "one"));
    pushAll();
    store.save(d.id(), "For Initech", Resumes.sample("Ada", "mine"));
    SyncRequest mine = next();
    store.save(d.id(), "For Initech", Resumes.sample("Ada", "mine, typed after sending"));

    ConflictOutcome outcome =
        replica.conflicted(
            mine,
            server(d.id(), "For Initech (laptop)", Resumes.sample("Ada", "theirs"), 2),
            "desk",
            TODAY);

    assertThat(outcome).isEqualTo(ConflictOutcome.CONFLICTED_COPY);
    LocalDraft original = store.find(d.id()).orElseThrow();
    assertThat(original.title()).isEqualTo("For Initech (laptop)");
    assertThat(original.resume()).isEqualTo(Resumes.sample("Ada", "theirs"));
    assertThat(replica.baseVersion(d.id())).hasValue(2);
    ConflictPair pair = replica.conflicts().get(0);
    assertThat(pair.draft()).isEqualTo(d.id());
    LocalDraft copy = store.find(pair.copy()).orElseThrow();
    assertThat(copy.title()).isEqualTo("For Initech (conflicted copy, desk, 2026-12-02)");
    assertThat(copy.resume()).isEqualTo(Resumes.sample("Ada", "mine, typed after sending"));
    assertThat(store.pendingChanges())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.draftId()).isEqualTo(copy.id());
              assertThat(row.change()).isEqualTo(Change.CREATE);
            });
    // Nothing typed is lost: the history of the original still has this device's text.
    assertThat(store.history(d.id()))
        .extracting(VersionInfo::reason)
        .contains(VersionReason.FROM_ANOTHER_DEVICE);
  }

  @Test
  void resolvingMovesWhatIsNotKeptToTheTrash() {
    LocalDraft d = store.create("CV", Resumes.sample("Ada", "one"));
    pushAll();
    store.save(d.id(), "CV", Resumes.sample("Ada", "mine"));
    replica.conflicted(
        next(), server(d.id(), "CV", Resumes.sample("Ada", "theirs"), 2), "desk", TODAY);
    ConflictPair pair = replica.conflicts().get(0);

    replica.resolve(pair.copy(), false, true);

    assertThat(store.find(d.id()).orElseThrow().trashed()).isTrue();
    assertThat(store.find(pair.copy()).orElseThrow().trashed()).isFalse();
    assertThat(replica.conflicts()).isEmpty();
    assertThat(store.pendingChanges()).extracting(PendingChange::change).contains(Change.TRASH);
  }

  @Test
  void theServerHavingOurTextAlreadyAdoptsItsVersion() {
    LocalDraft d = store.create("CV", Resumes.sample("Ada", "one"));
    pushAll();
    store.save(d.id(), "CV", Resumes.sample("Ada", "same everywhere"));

    ConflictOutcome outcome =
        replica.conflicted(
            next(),
            server(d.id(), "CV", Resumes.sample("Ada", "same everywhere"), 5),
            "desk",
            TODAY);

    assertThat(outcome).isEqualTo(ConflictOutcome.SAME_TEXT);
    assertThat(replica.baseVersion(d.id())).hasValue(5);
    assertThat(store.pendingChanges()).isEmpty();
    assertThat(replica.conflicts()).isEmpty();
  }

  @Test
  void onlyATrashChangeHereIsAppliedOnTopOfTheServersText() {
    LocalDraft d = store.create("CV", Resumes.sample("Ada", "one"));
    pushAll();
    store.moveToTrash(d.id());

    ConflictOutcome outcome =
        replica.conflicted(
            next(),
            server(d.id(), "CV v2", Resumes.sample("Ada", "edited elsewhere"), 2),
            "desk",
            TODAY);

    assertThat(outcome).isEqualTo(ConflictOutcome.TRASH_REAPPLIED);
    LocalDraft now = store.find(d.id()).orElseThrow();
    assertThat(now.title()).isEqualTo("CV v2");
    assertThat(now.trashed()).isTrue();
    SyncRequest again = next();
    assertThat(again.ifMatch()).isEqualTo(2L);
    assertThat(body(again).trashedAt()).isNotNull();
    assertThat(body(again).resume()).isEqualTo(Resumes.sample("Ada", "edited elsewhere"));
  }

  @Test
  void aDeleteThatMeetsAnEditKeepsTheEdit() {
    LocalDraft d = store.create("CV", Resumes.sample("Ada", "one"));
    pushAll();
    store.deleteForever(d.id());

    ConflictOutcome outcome =
        replica.conflicted(
            next(),
            server(d.id(), "CV", Resumes.sample("Ada", "edited elsewhere"), 2),
            "desk",
            TODAY);

    assertThat(outcome).isEqualTo(ConflictOutcome.EDIT_KEPT_OVER_DELETE);
    assertThat(store.find(d.id()).orElseThrow().resume())
        .isEqualTo(Resumes.sample("Ada", "edited elsewhere"));
    assertThat(store.pendingChanges()).isEmpty();
    assertThat(replica.baseVersion(d.id())).hasValue(2);
  }

  @Test
  void anEditThatMeetsATombstoneIsSentAgainOverIt() {
    LocalDraft d = store.create("CV", Resumes.sample("Ada", "one"));
    pushAll();
    store.save(d.id(), "CV", Resumes.sample("Ada", "mine"));

    ConflictOutcome outcome = replica.conflicted(next(), tombstone(d.id(), 2), "desk", TODAY);

    assertThat(outcome).isEqualTo(ConflictOutcome.WRITE_OVER_TOMBSTONE);
    SyncRequest again = next();
    assertThat(again.ifMatch()).isEqualTo(2L);
    assertThat(body(again).resume()).isEqualTo(Resumes.sample("Ada", "mine"));
  }

  @Test
  void aConflictedCopysTitleFitsTheServersLimit() {
    String title = "x".repeat(300);
    String copy = SqliteSyncReplica.copyTitle(title, "desk", TODAY);
    assertThat(copy).hasSizeLessThanOrEqualTo(SqliteSyncReplica.TITLE_MAX);
    assertThat(copy).endsWith(" (conflicted copy, desk, 2026-12-02)");
  }

  // ---- pulling --------------------------------------------------------------------------------

  @Test
  void aPulledPageAddsChangesAndDeletesWithoutOutboxRowsAndStoresItsCursor() {
    LocalDraft mine = store.create("Mine", Resumes.sample("Ada", "one"));
    LocalDraft doomed = store.create("Doomed", Resumes.sample("Ada", "doomed"));
    store.create("Third", Resumes.sample("Ada", "3"));
    store.create("Fourth", Resumes.sample("Ada", "4"));
    pushAll();
    UUID theirs = UUID.randomUUID();
    AtomicInteger heard = new AtomicInteger();
    replica.onLocalChange(heard::incrementAndGet);

    PageOutcome outcome =
        replica.applyPage(
            List.of(
                server(theirs, "From the laptop", Resumes.sample("Bob", "new"), 1),
                server(mine.id(), "Mine, renamed there", Resumes.sample("Ada", "two"), 2),
                tombstone(doomed.id(), 2)),
            "epoch.3.token",
            Deletions.ASK);

    assertThat(outcome.applied()).isEqualTo(3);
    assertThat(outcome.massDeletion()).isEmpty();
    assertThat(store.find(theirs).orElseThrow().title()).isEqualTo("From the laptop");
    assertThat(store.find(mine.id()).orElseThrow().title()).isEqualTo("Mine, renamed there");
    assertThat(store.find(doomed.id())).isEmpty();
    assertThat(store.pendingChanges()).as("no outbox rows for applied changes").isEmpty();
    assertThat(replica.cursor()).contains("epoch.3.token");
    assertThat(replica.baseVersion(theirs)).hasValue(1);
    assertThat(heard).as("remote changes are not local changes").hasValue(0);
    assertThat(store.history(mine.id()))
        .extracting(VersionInfo::reason)
        .first()
        .isEqualTo(VersionReason.FROM_ANOTHER_DEVICE);
    assertThat(store.search("Bob", DraftSort.TITLE)).extracting(DraftSummary::id).contains(theirs);
  }

  @Test
  void aDraftWithChangesWaitingIsNotOverwrittenByAPull() {
    LocalDraft d = store.create("CV", Resumes.sample("Ada", "one"));
    pushAll();
    store.save(d.id(), "CV", Resumes.sample("Ada", "typed offline"));

    replica.applyPage(
        List.of(server(d.id(), "CV", Resumes.sample("Ada", "theirs"), 2)), "c1", Deletions.ASK);

    assertThat(store.find(d.id()).orElseThrow().resume())
        .isEqualTo(Resumes.sample("Ada", "typed offline"));
    assertThat(replica.baseVersion(d.id())).hasValue(1);
    assertThat(replica.cursor()).contains("c1");
  }

  @Test
  void ourOwnChangeComingBackInAPageChangesNothing() {
    LocalDraft d = store.create("CV", Resumes.sample("Ada", "one"));
    pushAll();
    long revision = store.find(d.id()).orElseThrow().revision();

    PageOutcome outcome =
        replica.applyPage(
            List.of(server(d.id(), "CV", Resumes.sample("Ada", "one"), 1)), "c1", Deletions.ASK);

    assertThat(outcome.applied()).isZero();
    assertThat(store.find(d.id()).orElseThrow().revision()).isEqualTo(revision);
  }

  @Test
  void aPageDeletingMostDraftsHereStopsAndAsksThenDoesAsTold() {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ids.add(store.create("Draft " + i, Resumes.sample("Ada", "" + i)).id());
    }
    pushAll();
    List<Draft> page = ids.subList(0, 3).stream().map(id -> tombstone(id, 2)).toList();

    PageOutcome asked = replica.applyPage(page, "c1", Deletions.ASK);

    assertThat(asked.massDeletion()).contains(new SyncReplica.MassDeletion(3, 4));
    assertThat(store.list(DraftSort.TITLE)).hasSize(4);
    assertThat(replica.cursor()).as("nothing stored").isEmpty();

    replica.applyPage(page, "c1", Deletions.KEEP_HERE);
    assertThat(store.list(DraftSort.TITLE)).hasSize(4);
    SyncRequest back = next();
    assertThat(back.ifMatch()).as("written over the tombstone").isEqualTo(2L);

    replica.applyPage(List.of(tombstone(ids.get(3), 2)), "c2", Deletions.APPLY);
    assertThat(store.find(ids.get(3))).isEmpty();
  }

  @Test
  void aFullResyncPushesBackWhatTheServerLacksAndKeepsBothWhereTheyDiffer() {
    LocalDraft lacking = store.create("Only here", Resumes.sample("Ada", "here"));
    LocalDraft differs = store.create("Differs", Resumes.sample("Ada", "acknowledged edit"));
    LocalDraft same = store.create("Same", Resumes.sample("Ada", "same"));
    pushAll();
    UUID serverOnly = UUID.randomUUID();

    SyncReplica.ResyncOutcome outcome =
        replica.resync(
            List.of(
                server(differs.id(), "Differs", Resumes.sample("Ada", "older backup"), 1),
                server(same.id(), "Same", Resumes.sample("Ada", "same"), 1),
                server(serverOnly, "Server only", Resumes.sample("Bob", "there"), 1)),
            "epoch2.3.t",
            "desk",
            TODAY);

    assertThat(outcome.pushedBack()).isEqualTo(1);
    assertThat(outcome.conflicts()).isEqualTo(1);
    assertThat(store.find(serverOnly)).isPresent();
    assertThat(store.find(differs.id()).orElseThrow().resume())
        .isEqualTo(Resumes.sample("Ada", "older backup"));
    ConflictPair pair = replica.conflicts().get(0);
    assertThat(store.find(pair.copy()).orElseThrow().resume())
        .isEqualTo(Resumes.sample("Ada", "acknowledged edit"));
    assertThat(replica.cursor()).contains("epoch2.3.t");
    List<SyncRequest> sent = new ArrayList<>();
    Optional<SyncRequest> r;
    while ((r = replica.nextRequest(() -> "k" + keys.incrementAndGet())).isPresent()) {
      sent.add(r.get());
      replica.acknowledged(r.get(), stored(r.get(), 1));
    }
    assertThat(sent)
        .extracting(SyncRequest::draftId)
        .containsExactlyInAnyOrder(lacking.id(), pair.copy());
    assertThat(sent).allSatisfy(s -> assertThat(s.ifMatch()).as("creates").isNull());
    assertThat(store.list(DraftSort.TITLE)).hasSize(5);
  }

  @Test
  void localChangesAreHeardAfterTheyCommit() {
    AtomicInteger heard = new AtomicInteger();
    Runnable stop = replica.onLocalChange(heard::incrementAndGet);
    LocalDraft d = store.create("CV", Resumes.sample("Ada", "one"));
    store.save(d.id(), "CV", Resumes.sample("Ada", "two"));
    store.moveToTrash(d.id());
    stop.run();
    store.restoreFromTrash(d.id());

    assertThat(heard).hasValue(3);
    assertThat(store.purgeTrash(Duration.ofDays(1))).isZero();
  }
}
