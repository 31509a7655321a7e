package org.careercoach.desktop.ui.drafts;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.store.Profiles;
import org.careercoach.desktop.service.sync.DraftSync;
import org.careercoach.desktop.ui.common.DialogService;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.desktop.ui.shell.Screen;

/**
 * The drafts feature put together (ADR 0014's wiring by hand, kept in the feature so its insides
 * stay package-private): the list, the Trash, a draft's history, the application log, a sent copy
 * and a sync conflict, their view models made once and their views made on first show; and the
 * questions the feature asks by itself (moving local drafts in, a mass deletion from the server).
 */
public final class DraftScreens {

  private final DraftsViewModel drafts;
  private final TrashViewModel trash;
  private final HistoryViewModel history;
  private final ApplicationsViewModel applications;
  private final DraftFilesViewModel files;
  private final ConflictViewModel conflicts;

  /**
   * @param openEditor opens a draft in the form editor: the editor's {@code open(id)}, then its
   *     screen. The integrator connects it in {@code Desktop.assemble}.
   */
  public DraftScreens(
      TaskExecutor executor,
      Profiles profiles,
      DialogService dialogs,
      Clock clock,
      Navigator navigator,
      DraftSync sync,
      Consumer<UUID> openEditor) {
    this(executor, profiles, dialogs, clock, navigator, sync, openEditor, null, null);
  }

  DraftScreens(
      TaskExecutor executor,
      Profiles profiles,
      DialogService dialogs,
      Clock clock,
      Navigator navigator,
      DraftSync sync,
      Consumer<UUID> openEditor,
      ResumeFiles resumeFiles,
      DraftDialogs draftDialogs) {
    ResumeFiles files = resumeFiles != null ? resumeFiles : new FormatsResumeFiles();
    DraftDialogs asks = draftDialogs != null ? draftDialogs : new FxDraftDialogs(files.templates());
    this.history = new HistoryViewModel(executor, profiles, dialogs, navigator);
    this.conflicts = new ConflictViewModel(executor, profiles, sync, navigator);
    this.drafts =
        new DraftsViewModel(
            executor, profiles, asks, clock, navigator, openEditor, history, sync, conflicts);
    conflicts.onResolved(drafts::resolved);
    this.trash = new TrashViewModel(executor, profiles, dialogs);
    this.applications = new ApplicationsViewModel(executor, profiles, navigator);
    this.files = new DraftFilesViewModel(executor, profiles, files, asks, drafts, applications);
    new MoveDraftsOffer(executor, profiles, dialogs, drafts::reload, drafts::showFailure);
    new MassDeletionQuestion(executor, sync, dialogs);
  }

  /** The view of one of this feature's screens; null for a screen of another feature. */
  public Node view(Screen screen) {
    return switch (screen) {
      case DRAFTS -> new DraftsView(drafts, files);
      case TRASH -> new TrashView(trash);
      case HISTORY -> new HistoryView(history);
      case APPLICATIONS -> new ApplicationsView(applications, files);
      case SENT_COPY -> new SentCopyView(applications, files);
      case CONFLICT -> new ConflictView(conflicts);
      default -> null;
    };
  }

  public ConflictViewModel conflicts() {
    return conflicts;
  }

  public DraftsViewModel drafts() {
    return drafts;
  }

  public TrashViewModel trash() {
    return trash;
  }

  public HistoryViewModel history() {
    return history;
  }

  public ApplicationsViewModel applications() {
    return applications;
  }

  public DraftFilesViewModel files() {
    return files;
  }
}
