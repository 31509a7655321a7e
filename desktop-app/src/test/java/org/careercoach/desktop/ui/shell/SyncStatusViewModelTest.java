package org.careercoach.desktop.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.sync.SyncStatus;
import org.careercoach.desktop.service.sync.SyncStatus.MassDeletion;
import org.careercoach.desktop.service.sync.SyncStatus.State;
import org.careercoach.desktop.support.FakeDraftSync;
import org.careercoach.desktop.support.TestClock;
import org.junit.jupiter.api.Test;

/** The status bar's sync state in words, from each state the engine publishes. */
class SyncStatusViewModelTest {

  private final FakeDraftSync sync = new FakeDraftSync();
  private final List<Screen> shown = new ArrayList<>();
  private final TestClock clock = TestClock.ticking(Instant.parse("2026-12-02T09:30:00Z"));
  private final SyncStatusViewModel status =
      new SyncStatusViewModel(
          new SameThreadExecutor(),
          sync,
          new Navigator() {
            @Override
            public void show(Screen screen) {
              shown.add(screen);
            }

            @Override
            public void back() {}
          },
          clock);

  @Test
  void signedOutSaysDraftsStayHereAndSyncNowDoesNothing() {
    assertThat(status.textProperty().get()).isEqualTo("Drafts stay on this computer");
    assertThat(status.canSyncNowProperty().get()).isFalse();

    status.syncNow();

    assertThat(sync.calls()).isEmpty();
  }

  @Test
  void offlineCountsTheChangesWaitingThenSyncedSaysWhen() {
    sync.publish(FakeDraftSync.status(State.OFFLINE, 3, 0));
    assertThat(status.textProperty().get()).isEqualTo("Offline · 3 changes waiting");
    assertThat(status.detailProperty().get()).startsWith("3 changes made here wait to be sent.");
    assertThat(status.canSyncNowProperty().get()).isTrue();

    sync.publish(FakeDraftSync.status(State.OFFLINE, 1, 0));
    assertThat(status.textProperty().get()).isEqualTo("Offline · 1 change waiting");

    Instant at = clock.instant().minusSeconds(60);
    sync.publish(new SyncStatus(State.SYNCED, 0, 0, Optional.empty(), "", Optional.of(at), 0));
    assertThat(status.textProperty().get()).isEqualTo("Synced");
    assertThat(status.detailProperty().get())
        .startsWith("Everything is on the server. Last synced at ")
        .doesNotContain("on Dec");
  }

  @Test
  void aSyncLongAgoNamesTheDay() {
    Instant at = Instant.parse("2026-11-20T08:00:00Z");
    sync.publish(new SyncStatus(State.SYNCED, 0, 0, Optional.empty(), "", Optional.of(at), 0));

    assertThat(status.detailProperty().get()).contains("Last synced on ").contains("2026");
  }

  @Test
  void syncNowAsksTheEngineWhileSignedIn() {
    sync.publish(FakeDraftSync.status(State.SYNCED, 0, 0));

    status.syncNow();

    assertThat(sync.calls()).containsExactly("syncNow");
  }

  @Test
  void conflictsAreCountedAndShowLeadsToTheDrafts() {
    sync.publish(FakeDraftSync.status(State.CONFLICT, 0, 2));
    assertThat(status.textProperty().get()).isEqualTo("2 conflicts");
    assertThat(status.hasConflictsProperty().get()).isTrue();
    assertThat(status.stateProperty().get()).isEqualTo(State.CONFLICT);

    status.showConflicts();

    assertThat(shown).containsExactly(Screen.DRAFTS);
    sync.publish(FakeDraftSync.status(State.CONFLICT, 0, 1));
    assertThat(status.textProperty().get()).isEqualTo("1 conflict");
  }

  @Test
  void aQuestionOrAProblemIsSaidInWords() {
    sync.publish(
        new SyncStatus(
            State.ATTENTION, 0, 0, Optional.of(new MassDeletion(9, 10)), "", Optional.empty(), 0));
    assertThat(status.textProperty().get()).isEqualTo("Sync paused: a question for you");
    assertThat(status.detailProperty().get())
        .startsWith("The server says 9 of your 10 drafts were deleted.");

    sync.publish(
        new SyncStatus(
            State.ATTENTION,
            0,
            0,
            Optional.empty(),
            "The server refused “CV”: it is over 1 MB. Make it smaller.",
            Optional.empty(),
            0));
    assertThat(status.textProperty().get()).isEqualTo("Sync needs you");
    assertThat(status.detailProperty().get()).contains("over 1 MB");
  }
}
