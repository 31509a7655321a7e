package org.careercoach.desktop.ui.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.session.SessionState;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.store.StoreService;
import org.careercoach.desktop.service.sync.Conflict;
import org.careercoach.desktop.service.sync.DraftSync.Keep;
import org.careercoach.desktop.service.sync.SyncStatus;
import org.careercoach.desktop.support.FakeDraftSync;
import org.careercoach.desktop.support.TestClock;
import org.careercoach.desktop.ui.shell.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conflicts in the drafts list and their resolution, on the app's real store (SQLite in a temporary
 * folder), with the engine played by the test: the pair on top with badges, the comparison, each
 * way out, and the list following the engine's news.
 */
class ConflictViewModelTest {

  private final SameThreadExecutor executor = new SameThreadExecutor();
  private final TestClock clock = TestClock.ticking(Instant.parse("2026-12-02T09:00:00Z"));
  private final Answers answers = new Answers();
  private final List<UUID> opened = new ArrayList<>();
  private final ObservableState<SessionState> session =
      new ObservableState<>(DraftsViewModelTest.signedIn(null));
  @TempDir Path dataDir;
  private StoreService profiles;
  private FakeDraftSync sync;
  private DraftScreens screens;
  private DraftsViewModel drafts;
  private ConflictViewModel conflicts;
  private UUID server;
  private UUID copy;
  private Conflict conflict;

  @BeforeEach
  void aConflict() {
    profiles = new StoreService(dataDir, session, executor, clock);
    sync = new FakeDraftSync(() -> profiles.drafts());
    screens =
        new DraftScreens(
            executor, profiles, answers, clock, answers, sync, opened::add, null, answers);
    drafts = screens.drafts();
    conflicts = screens.conflicts();
    DraftStore store = profiles.drafts();
    store.create("Another CV", DraftsViewModelTest.resume("Bo", "Designer"));
    server = store.create("Backend CV", DraftsViewModelTest.resume("Ana", "Staff engineer")).id();
    copy =
        store
            .create(
                "Backend CV (conflicted copy, laptop, 2 Dec 2026)",
                DraftsViewModelTest.resume("Ana", "Principal engineer"))
            .id();
    store.create("Newest CV", DraftsViewModelTest.resume("Cy", "Writer"));
    conflict = new Conflict(server, copy, "Backend CV", clock.instant());
    sync.addConflict(conflict);
    drafts.reload();
  }

  @AfterEach
  void close() {
    profiles.close();
  }

  private List<String> titles() {
    return drafts.drafts().stream().map(DraftSummary::title).toList();
  }

  private void select(UUID id) {
    drafts
        .selectedProperty()
        .set(drafts.drafts().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow());
  }

  @Test
  void theConflictedPairIsOnTopWithItsBadges() {
    assertThat(titles())
        .startsWith("Backend CV", "Backend CV (conflicted copy, laptop, 2 Dec 2026)")
        .hasSize(4);
    assertThat(drafts.marks().get(server).badge()).isEqualTo("Conflict");
    assertThat(drafts.marks().get(copy).badge()).isEqualTo("Conflicted copy");
    assertThat(drafts.marks()).hasSize(2);
  }

  @Test
  void enterOnAConflictedDraftComparesTheTwoSideBySide() {
    select(copy);

    drafts.open();

    assertThat(opened).as("not the editor").isEmpty();
    assertThat(answers.shown).containsExactly(Screen.CONFLICT);
    assertThat(conflicts.readyProperty().get()).isTrue();
    assertThat(conflicts.comparison())
        .contains(
            new TextDiff.Row(
                "Basics › Label: Staff engineer",
                "Basics › Label: Principal engineer",
                TextDiff.Change.CHANGED));
    assertThat(conflicts.summaryProperty().get()).startsWith("1 line differs.");
  }

  @Test
  void openStillOpensAConflictedDraftInTheEditor() {
    select(server);

    drafts.openInEditor();

    assertThat(opened).containsExactly(server);
  }

  @Test
  void keepingTheServersVersionTrashesTheCopyAndSaysSo() {
    select(server);
    drafts.compare();

    conflicts.keepServerVersion();

    assertThat(sync.calls()).containsExactly("resolve Backend CV SERVER_VERSION");
    assertThat(answers.shown).containsExactly(Screen.CONFLICT, null);
    assertThat(drafts.messageProperty().get())
        .isEqualTo("Kept the server's version of “Backend CV”. Your copy is in the Trash.");
    assertThat(titles()).containsExactly("Newest CV", "Backend CV", "Another CV");
    assertThat(drafts.marks()).isEmpty();
    assertThat(profiles.drafts().trash()).extracting(DraftSummary::id).containsExactly(copy);
  }

  @Test
  void keepingMyCopyTrashesTheServersVersion() {
    select(copy);
    drafts.compare();

    conflicts.keepMyCopy();

    assertThat(sync.calls()).containsExactly("resolve Backend CV CONFLICTED_COPY");
    assertThat(profiles.drafts().trash()).extracting(DraftSummary::id).containsExactly(server);
    assertThat(drafts.messageProperty().get())
        .isEqualTo("Kept your copy as “Backend CV”. The server's version is in the Trash.");
  }

  @Test
  void keepingBothTrashesNothing() {
    select(copy);
    drafts.compare();

    conflicts.keepBoth();

    assertThat(sync.calls()).containsExactly("resolve Backend CV BOTH");
    assertThat(profiles.drafts().trash()).isEmpty();
    assertThat(titles()).hasSize(4);
    assertThat(drafts.marks()).isEmpty();
  }

  @Test
  void aResolutionThatFailsKeepsBothAndSaysWhy() {
    select(copy);
    drafts.compare();
    sync.resolve(conflict, Keep.BOTH); // resolved elsewhere meanwhile: the engine refuses

    conflicts.keepServerVersion();

    assertThat(conflicts.problemProperty().get())
        .startsWith("The conflict could not be resolved: no such conflict")
        .endsWith("Both versions are still here.");
    assertThat(answers.shown).containsExactly(Screen.CONFLICT);
    assertThat(conflicts.busyProperty().get()).isFalse();
  }

  @Test
  void theListReloadsWhenAnotherDevicesChangesArriveKeepingTheSelection() {
    select(copy);
    profiles.drafts().create("From the desktop", DraftsViewModelTest.resume("Di", "Chef"));
    assertThat(titles()).hasSize(4);

    sync.publish(
        new SyncStatus(SyncStatus.State.CONFLICT, 0, 1, Optional.empty(), "", Optional.empty(), 1));

    assertThat(titles()).hasSize(5).contains("From the desktop");
    assertThat(drafts.selectedProperty().get().id()).isEqualTo(copy);
  }

  @Test
  void aNewConflictMovesItsPairToTheTopWithoutOtherNews() {
    DraftStore store = profiles.drafts();
    UUID other = store.create("Old CV", DraftsViewModelTest.resume("Ed", "Pilot")).id();
    UUID otherCopy =
        store.create("Old CV (conflicted copy)", DraftsViewModelTest.resume("E", "P")).id();
    sync.addConflict(new Conflict(other, otherCopy, "Old CV", clock.instant()));

    sync.publish(
        new SyncStatus(SyncStatus.State.CONFLICT, 0, 2, Optional.empty(), "", Optional.empty(), 0));

    assertThat(titles()).startsWith("Old CV", "Old CV (conflicted copy)", "Backend CV");
  }
}
