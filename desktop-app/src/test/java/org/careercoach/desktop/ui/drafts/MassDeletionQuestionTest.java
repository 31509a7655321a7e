package org.careercoach.desktop.ui.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.sync.SyncStatus;
import org.careercoach.desktop.service.sync.SyncStatus.MassDeletion;
import org.careercoach.desktop.support.FakeDraftSync;
import org.careercoach.desktop.ui.common.DialogService;
import org.junit.jupiter.api.Test;

/** The engine's question about a mass deletion, put to the person once, keeping as the default. */
class MassDeletionQuestionTest {

  private final FakeDraftSync sync = new FakeDraftSync();
  private final List<String> asked = new ArrayList<>();
  private final List<String> keepLabels = new ArrayList<>();
  private boolean answer;

  private final DialogService dialogs =
      new DialogService() {
        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
          throw new AssertionError("the question must name the safe way: " + title);
        }

        @Override
        public boolean confirm(
            String title, String message, String confirmLabel, String keepLabel) {
          asked.add(title + " | " + message + " | " + confirmLabel);
          keepLabels.add(keepLabel);
          // News arriving while the dialog waits must not ask a second time.
          sync.publish(question(9, 10, 7));
          return answer;
        }

        @Override
        public boolean offer(String title, String message, String yes, String no) {
          throw new AssertionError("not an offer");
        }
      };

  private static SyncStatus question(int toDelete, int drafts, long remoteChanges) {
    return new SyncStatus(
        SyncStatus.State.ATTENTION,
        0,
        0,
        Optional.of(new MassDeletion(toDelete, drafts)),
        "",
        Optional.empty(),
        remoteChanges);
  }

  @Test
  void theQuestionIsAskedOnceWithKeepingAsTheSafeWay() {
    new MassDeletionQuestion(new SameThreadExecutor(), sync, dialogs);

    sync.publish(question(9, 10, 0));
    sync.publish(question(9, 10, 1));

    assertThat(asked).hasSize(1);
    assertThat(asked.get(0))
        .startsWith("Delete 9 drafts on this computer? | The server says 9 of your 10 drafts were")
        .endsWith("| Delete here");
    assertThat(keepLabels).containsExactly("Keep them");
    assertThat(sync.calls()).containsExactly("answer false");
  }

  @Test
  void deleteHereIsPassedOnAndALaterQuestionIsAskedAgain() {
    new MassDeletionQuestion(new SameThreadExecutor(), sync, dialogs);
    answer = true;

    sync.publish(question(9, 10, 0));
    sync.publish(SyncStatus.SIGNED_OUT);
    answer = false;
    sync.publish(question(5, 6, 0));

    assertThat(asked).hasSize(2);
    assertThat(sync.calls()).containsExactly("answer true", "answer false");
  }
}
