package org.careercoach.desktop.service.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.store.LocalDraft;
import org.careercoach.desktop.service.store.SyncReplica.SyncRequest;
import org.careercoach.desktop.support.HeadlessDevice;
import org.careercoach.desktop.support.SyncServer;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two (headless) devices of one account against the real server jar: they converge, conflicts keep
 * both texts, a delete never beats an edit, a lost answer applies once, a 410 resyncs in full, a
 * mass deletion asks, and an event makes an online device pull at once.
 */
class DraftSyncIT {

  private static final String PASSWORD = "a long enough passphrase";
  private static SyncServer server;

  @TempDir Path folders;
  private String email;
  private HeadlessDevice desk;
  private HeadlessDevice laptop;

  @BeforeAll
  static void startServer() throws Exception {
    server = SyncServer.shared();
  }

  @BeforeEach
  void twoDevices() throws IOException {
    email = SyncServer.uniqueEmail("sync");
    server.register(email, PASSWORD, "Sync Tester");
    desk = device("desk", false);
    laptop = device("laptop", false);
  }

  @AfterEach
  void closeDevices() {
    Stream.of(desk, laptop).filter(d -> d != null).forEach(HeadlessDevice::close);
  }

  private HeadlessDevice device(String name, boolean online) throws IOException {
    Path folder = folders.resolve(name);
    return online
        ? HeadlessDevice.signInOnline(server.address(), email, PASSWORD, folder, name)
        : HeadlessDevice.signIn(server.address(), email, PASSWORD, folder, name);
  }

  private static Resume resume(String summary) {
    var basics = CoachJson.mapper().createObjectNode();
    basics.put("name", "Ada Lovelace").put("label", "Engineer").put("summary", summary);
    var json = CoachJson.mapper().createObjectNode();
    json.set("basics", basics);
    return CoachJson.mapper().treeToValue(json, Resume.class);
  }

  /** Each draft here: title, summary and whether trashed; what two converged devices share. */
  private static Map<UUID, String> state(HeadlessDevice device) {
    DraftStore drafts = device.drafts();
    List<DraftSummary> all =
        Stream.concat(drafts.list(DraftSort.TITLE).stream(), drafts.trash().stream()).toList();
    Map<UUID, String> state = new TreeMap<>();
    for (DraftSummary s : all) {
      LocalDraft d = drafts.find(s.id()).orElseThrow();
      state.put(d.id(), d.title() + " | " + d.resume().basics().summary() + " | " + d.trashed());
    }
    return state;
  }

  private void syncBoth() throws IOException {
    desk.syncOnce();
    laptop.syncOnce();
    desk.syncOnce();
  }

  private void assertConverged() {
    assertThat(state(laptop)).isEqualTo(state(desk));
  }

  @Test
  void twoDevicesConvergeOnCreateEditRenameTrashRestoreAndDelete() throws IOException {
    LocalDraft cv = desk.drafts().create("CV", resume("first"));
    syncBoth();
    assertThat(laptop.drafts().find(cv.id())).isPresent();
    assertConverged();

    laptop.drafts().save(cv.id(), "CV", resume("edited on the laptop"));
    laptop.drafts().rename(cv.id(), "CV for Initech");
    laptop.syncOnce();
    desk.syncOnce();
    assertThat(desk.drafts().find(cv.id()).orElseThrow().title()).isEqualTo("CV for Initech");
    assertConverged();

    desk.drafts().moveToTrash(cv.id());
    syncBoth();
    assertThat(laptop.drafts().find(cv.id()).orElseThrow().trashed()).isTrue();

    laptop.drafts().restoreFromTrash(cv.id());
    laptop.syncOnce();
    desk.syncOnce();
    assertThat(desk.drafts().find(cv.id()).orElseThrow().trashed()).isFalse();
    assertConverged();

    desk.drafts().deleteForever(cv.id());
    SyncReport report = desk.syncOnce();
    laptop.syncOnce();
    assertThat(laptop.drafts().find(cv.id())).isEmpty();
    assertConverged();
    assertThat(report.waiting()).isZero();
    assertThat(desk.sync().status().get().state()).isEqualTo(SyncStatus.State.SYNCED);
    assertThat(desk.sync().status().get().lastSynced()).isPresent();
  }

  @Test
  void bothEditingOfflineMakesAConflictedCopyAndLosesNothing() throws IOException {
    LocalDraft cv = desk.drafts().create("CV", resume("first"));
    syncBoth();

    desk.drafts().save(cv.id(), "CV", resume("typed on the desk"));
    laptop.drafts().save(cv.id(), "CV", resume("typed on the laptop"));
    desk.syncOnce();
    SyncReport report = laptop.syncOnce();
    desk.syncOnce();

    assertThat(report.conflicts()).isEqualTo(1);
    assertConverged();
    assertThat(state(desk).values())
        .containsExactlyInAnyOrder(
            "CV | typed on the desk | false",
            "CV (conflicted copy, laptop, "
                + java.time.LocalDate.now()
                + ") | typed on the laptop | false");
    List<Conflict> conflicts = laptop.sync().conflicts();
    assertThat(conflicts).singleElement().satisfies(c -> assertThat(c.draft()).isEqualTo(cv.id()));
    assertThat(laptop.sync().status().get().state()).isEqualTo(SyncStatus.State.CONFLICT);

    laptop.sync().resolve(conflicts.get(0), DraftSync.Keep.CONFLICTED_COPY);
    laptop.syncOnce();
    desk.syncOnce();
    assertThat(desk.drafts().find(cv.id()).orElseThrow().trashed()).isTrue();
    assertThat(laptop.sync().conflicts()).isEmpty();
    assertConverged();
  }

  @Test
  void aDeleteSentFirstLosesToAnEditSentAfter() throws IOException {
    LocalDraft cv = desk.drafts().create("CV", resume("first"));
    syncBoth();

    desk.drafts().deleteForever(cv.id());
    laptop.drafts().save(cv.id(), "CV", resume("edited, unaware of the delete"));
    desk.syncOnce();
    laptop.syncOnce();
    desk.syncOnce();

    assertThat(desk.drafts().find(cv.id()).orElseThrow().resume().basics().summary())
        .isEqualTo("edited, unaware of the delete");
    assertConverged();
  }

  @Test
  void anEditSentFirstWinsOverADeleteSentAfter() throws IOException {
    LocalDraft cv = desk.drafts().create("CV", resume("first"));
    syncBoth();

    laptop.drafts().save(cv.id(), "CV", resume("edited first"));
    desk.drafts().deleteForever(cv.id());
    laptop.syncOnce();
    desk.syncOnce();
    laptop.syncOnce();

    assertThat(desk.drafts().find(cv.id()).orElseThrow().resume().basics().summary())
        .isEqualTo("edited first");
    assertConverged();
  }

  @Test
  void anAnswerLostAfterTheServerStoredTheChangeIsSentAgainWithTheSameKeyAndAppliesOnce()
      throws Exception {
    LocalDraft cv = desk.drafts().create("CV", resume("first"));
    desk.syncOnce();
    long base = desk.replica().baseVersion(cv.id()).orElseThrow();
    desk.drafts().save(cv.id(), "CV", resume("second"));
    // The engine's first step: the request stored as in flight. It reaches the server, and the
    // answer is lost (the app is killed before it could store it).
    SyncRequest request = desk.replica().nextRequest(() -> UUID.randomUUID().toString()).get();
    DraftApi api =
        new DraftApi(desk.account().authenticatedHttp(), server.address(), Clock.systemUTC());
    assertThat(api.send(request).status()).isEqualTo(200);
    desk.close();

    desk = device("desk", false);
    assertThat(desk.replica().inFlight()).contains(request);
    SyncReport report = desk.syncOnce();

    assertThat(report.sent())
        .as("the server replayed its first answer to the same key")
        .isEqualTo(1);
    assertThat(report.conflicts()).as("our own change is not someone else's edit").isZero();
    assertThat(desk.replica().baseVersion(cv.id())).hasValue(base + 1);
    assertThat(desk.replica().inFlight()).isEmpty();
    laptop.syncOnce();
    assertThat(laptop.replica().baseVersion(cv.id())).as("applied once").hasValue(base + 1);
    assertConverged();
  }

  @Test
  void aCursorTheServerNoLongerKnowsResyncsInFullAndPushesBackWhatTheServerLacks()
      throws Exception {
    LocalDraft shared = desk.drafts().create("Shared", resume("on both"));
    syncBoth();
    LocalDraft lost = desk.drafts().create("Lost in a restore", resume("acknowledged once"));
    // As after a server restored from an older backup: this device believes the server has the
    // draft (base version, no outbox rows), and its cursor names a database that is gone.
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + databaseOf("desk"))) {
      update(db, "DELETE FROM outbox WHERE draft_id = ?", lost.id().toString());
      update(db, "INSERT INTO sync_base (draft_id, version) VALUES (?, 7)", lost.id().toString());
      update(
          db,
          "UPDATE settings SET value = ? WHERE key = 'sync.cursor'",
          UUID.randomUUID() + ".5.12345");
    }

    SyncReport report = desk.syncOnce();
    laptop.syncOnce();

    assertThat(report.fullResync()).isTrue();
    assertThat(laptop.drafts().find(lost.id()).orElseThrow().title())
        .isEqualTo("Lost in a restore");
    assertThat(laptop.drafts().find(shared.id())).isPresent();
    assertConverged();
  }

  private Path databaseOf(String device) throws IOException {
    try (Stream<Path> files = Files.walk(folders.resolve(device))) {
      return files
          .filter(p -> p.getFileName().toString().equals("drafts.db"))
          .filter(p -> p.toString().contains("account-"))
          .min(Comparator.comparing(Path::toString))
          .orElseThrow();
    }
  }

  private static void update(Connection db, String sql, String value) throws Exception {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, value);
      s.executeUpdate();
    }
  }

  @Test
  void aPullThatWouldDeleteMostDraftsAsksAndKeepingThemSendsThemBack() throws IOException {
    List<UUID> ids =
        Stream.of("one", "two", "three", "four")
            .map(t -> desk.drafts().create(t, resume(t)).id())
            .toList();
    syncBoth();
    ids.subList(0, 3).forEach(id -> laptop.drafts().deleteForever(id));
    laptop.syncOnce();

    SyncReport asked = desk.syncOnce();

    assertThat(asked.massDeletion()).contains(new SyncStatus.MassDeletion(3, 4));
    assertThat(desk.sync().status().get().state()).isEqualTo(SyncStatus.State.ATTENTION);
    assertThat(desk.drafts().list(DraftSort.TITLE)).hasSize(4);
    assertThat(desk.syncOnce().massDeletion()).as("asks until answered").isPresent();

    desk.sync().answerMassDeletion(false);
    desk.syncOnce();
    laptop.syncOnce();

    assertThat(laptop.drafts().list(DraftSort.TITLE)).hasSize(4);
    assertThat(desk.sync().status().get().massDeletion()).isEmpty();
    assertConverged();
  }

  @Test
  void answeringDeleteHereAppliesTheDeletions() throws IOException {
    List<UUID> ids =
        Stream.of("one", "two", "three", "four")
            .map(t -> desk.drafts().create(t, resume(t)).id())
            .toList();
    syncBoth();
    ids.subList(0, 3).forEach(id -> laptop.drafts().deleteForever(id));
    laptop.syncOnce();
    assertThat(desk.syncOnce().massDeletion()).isPresent();

    desk.sync().answerMassDeletion(true);
    desk.syncOnce();

    assertThat(desk.drafts().list(DraftSort.TITLE))
        .extracting(DraftSummary::id)
        .containsExactly(ids.get(3));
    assertConverged();
  }

  @Test
  void aDraftEventMakesTheOtherOnlineDevicePullWithinTwoSeconds() throws Exception {
    laptop.close();
    laptop = device("laptop", true);
    // The laptop's own start pass and stream opening are done before the change is made.
    HeadlessDevice.await(
        Duration.ofSeconds(10), () -> laptop.sync().status().get().lastSynced().isPresent());

    LocalDraft cv = desk.drafts().create("CV", resume("made on the desk"));
    desk.syncOnce();
    long stored = System.nanoTime();

    // The pass stores the draft, then publishes its status: wait for both (they can be apart).
    HeadlessDevice.await(
        Duration.ofSeconds(2),
        () ->
            laptop.drafts().find(cv.id()).isPresent()
                && laptop.sync().status().get().remoteChanges() == 1);
    long tookMillis = (System.nanoTime() - stored) / 1_000_000;
    assertThat(tookMillis).isLessThan(2000);
    assertThat(laptop.sync().status().get().remoteChanges()).isEqualTo(1);
  }

  @Test
  void aDraftTheServerRefusesIsShownWithTheReasonAndTheOthersGoOn() throws IOException {
    // Over the server's 1 MB, in strings the JSON reader still takes (at most 1,000,000 each).
    Resume huge = resume("x".repeat(600_000));
    var json = CoachJson.mapper().valueToTree(huge);
    ((tools.jackson.databind.node.ObjectNode) json.get("basics")).put("label", "y".repeat(600_000));
    LocalDraft big =
        desk.drafts().create("Too big", CoachJson.mapper().treeToValue(json, Resume.class));
    LocalDraft fine = desk.drafts().create("Fine", resume("small"));

    SyncReport report = desk.syncOnce();
    laptop.syncOnce();

    assertThat(report.refused()).isEqualTo(1);
    assertThat(laptop.drafts().find(fine.id())).isPresent();
    assertThat(laptop.drafts().find(big.id())).isEmpty();
    SyncStatus status = desk.sync().status().get();
    assertThat(status.state()).isEqualTo(SyncStatus.State.ATTENTION);
    assertThat(status.problem()).contains("Too big").contains("Change it");
    assertThat(desk.syncOnce().refused()).as("not sent again until it changes").isZero();

    desk.drafts().save(big.id(), "Too big", resume("smaller now"));
    desk.syncOnce();
    laptop.syncOnce();
    assertThat(laptop.drafts().find(big.id())).isPresent();
    assertThat(desk.sync().status().get().problem()).isEmpty();
    assertConverged();
  }

  @Test
  void offlineTheChangesWaitAndTheStatusSaysHowMany() throws IOException {
    desk.offline(true);
    desk.drafts().create("Written on a train", resume("offline"));
    desk.drafts().create("Another", resume("offline too"));

    assertThatThrownBy(desk::syncOnce).isInstanceOf(IOException.class);
    SyncStatus offline = desk.sync().status().get();
    assertThat(offline.state()).isEqualTo(SyncStatus.State.OFFLINE);
    assertThat(offline.waiting()).isEqualTo(2);

    desk.offline(false);
    desk.syncOnce();
    laptop.syncOnce();
    assertThat(desk.sync().status().get().state()).isEqualTo(SyncStatus.State.SYNCED);
    assertThat(desk.sync().status().get().waiting()).isZero();
    assertThat(laptop.drafts().list(DraftSort.TITLE)).hasSize(2);
  }

  @Test
  void anOnlineDevicePushesALocalChangeByItselfAndRetriesAfterBeingOffline() throws Exception {
    desk.close();
    desk = device("desk", true);
    HeadlessDevice.await(
        Duration.ofSeconds(10), () -> desk.sync().status().get().lastSynced().isPresent());

    LocalDraft cv = desk.drafts().create("CV", resume("pushed a second later"));
    HeadlessDevice.await(
        Duration.ofSeconds(5), () -> desk.replica().baseVersion(cv.id()).isPresent());
    laptop.syncOnce();
    assertThat(laptop.drafts().find(cv.id())).isPresent();

    desk.offline(true);
    desk.drafts().save(cv.id(), "CV", resume("typed while offline"));
    HeadlessDevice.await(
        Duration.ofSeconds(5),
        () -> desk.sync().status().get().state() == SyncStatus.State.OFFLINE);
    assertThat(desk.sync().status().get().waiting()).isEqualTo(1);
    desk.offline(false);
    HeadlessDevice.await(
        Duration.ofSeconds(10), () -> desk.replica().baseVersion(cv.id()).getAsLong() == 2);
    laptop.syncOnce();
    assertThat(laptop.drafts().find(cv.id()).orElseThrow().resume().basics().summary())
        .isEqualTo("typed while offline");
  }

  @Test
  void aTrashMadeHereWhileTheTextChangedElsewhereIsAppliedOnTheNewText() throws IOException {
    LocalDraft cv = desk.drafts().create("CV", resume("first"));
    syncBoth();
    desk.drafts().save(cv.id(), "CV", resume("edited on the desk"));
    laptop.drafts().moveToTrash(cv.id());
    desk.syncOnce();

    SyncReport report = laptop.syncOnce();
    desk.syncOnce();

    assertThat(report.conflicts()).as("no copy for a Trash change").isZero();
    assertThat(state(desk).values()).containsExactly("CV | edited on the desk | true");
    assertConverged();
  }

  @SuppressWarnings("unused")
  private static String titles(HeadlessDevice device) {
    return device.drafts().list(DraftSort.TITLE).stream()
        .map(DraftSummary::title)
        .collect(Collectors.joining(", "));
  }
}
