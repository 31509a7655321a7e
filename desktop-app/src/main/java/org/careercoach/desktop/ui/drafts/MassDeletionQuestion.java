package org.careercoach.desktop.ui.drafts;

import java.util.Optional;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.sync.DraftSync;
import org.careercoach.desktop.service.sync.SyncStatus;
import org.careercoach.desktop.service.sync.SyncStatus.MassDeletion;
import org.careercoach.desktop.ui.common.DialogService;

/**
 * When a pull would delete most of the drafts here (a server reset, another account's data), the
 * engine stops and asks: this puts the question to the person, once per question, with keeping them
 * as the safe default (Enter, Esc and closing keep them).
 */
public final class MassDeletionQuestion {

  private final TaskExecutor executor;
  private final DraftSync sync;
  private final DialogService dialogs;
  private boolean asking;
  private MassDeletion answered;

  public MassDeletionQuestion(TaskExecutor executor, DraftSync sync, DialogService dialogs) {
    this.executor = executor;
    this.sync = sync;
    this.dialogs = dialogs;
    consider(sync.status().get());
    sync.status().subscribe(status -> executor.deliver(() -> consider(status)));
  }

  private void consider(SyncStatus status) {
    Optional<MassDeletion> question = status.massDeletion();
    // A dialog waits in a nested event loop: news arriving meanwhile must not ask again.
    if (question.isEmpty()) {
      answered = null;
      return;
    }
    // The engine takes the answer in the background: until it does, the same question stands.
    if (asking || question.get().equals(answered)) {
      return;
    }
    asking = true;
    MassDeletion q = question.get();
    boolean delete;
    try {
      delete =
          dialogs.confirm(
              "Delete " + q.toDelete() + " drafts on this computer?",
              "The server says "
                  + q.toDelete()
                  + " of your "
                  + q.drafts()
                  + " drafts were deleted. That can happen when the server was reset or holds"
                  + " another account. Delete them here too, or keep them: kept drafts are sent"
                  + " back to the server, so nothing is lost. Until you answer, no changes are"
                  + " fetched.",
              "Delete here",
              "Keep them");
    } finally {
      asking = false;
    }
    answered = q;
    executor.submit(
        () -> {
          sync.answerMassDeletion(delete);
          return delete;
        },
        answered -> {},
        failed -> {
          // Asked again at the engine's next status: the question still stands there.
          answered = null;
          System.getLogger(MassDeletionQuestion.class.getName())
              .log(System.Logger.Level.WARNING, "The sync did not take the answer", failed);
        });
  }
}
