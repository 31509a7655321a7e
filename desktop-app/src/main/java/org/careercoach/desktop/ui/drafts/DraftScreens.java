package org.careercoach.desktop.ui.drafts;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.store.Profiles;
import org.careercoach.desktop.ui.common.DialogService;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.desktop.ui.shell.Screen;

/**
 * The drafts feature put together (ADR 0014's wiring by hand, kept in the feature so its insides
 * stay package-private): the list, the Trash, a draft's history, the application log and a sent
 * copy, their view models made once and their views made on first show.
 */
public final class DraftScreens {

  private final DraftsViewModel drafts;
  private final TrashViewModel trash;
  private final HistoryViewModel history;
  private final ApplicationsViewModel applications;
  private final DraftFilesViewModel files;

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
      Consumer<UUID> openEditor) {
    this(executor, profiles, dialogs, clock, navigator, openEditor, null, null);
  }

  DraftScreens(
      TaskExecutor executor,
      Profiles profiles,
      DialogService dialogs,
      Clock clock,
      Navigator navigator,
      Consumer<UUID> openEditor,
      ResumeFiles resumeFiles,
      DraftDialogs draftDialogs) {
    ResumeFiles files = resumeFiles != null ? resumeFiles : new FormatsResumeFiles();
    DraftDialogs asks = draftDialogs != null ? draftDialogs : new FxDraftDialogs(files.templates());
    this.history = new HistoryViewModel(executor, profiles, dialogs, navigator);
    this.drafts =
        new DraftsViewModel(executor, profiles, asks, clock, navigator, openEditor, history);
    this.trash = new TrashViewModel(executor, profiles, dialogs);
    this.applications = new ApplicationsViewModel(executor, profiles, navigator);
    this.files = new DraftFilesViewModel(executor, profiles, files, asks, drafts, applications);
    new MoveDraftsOffer(executor, profiles, dialogs, drafts::reload, drafts::showFailure);
  }

  /** The view of one of this feature's screens; null for a screen of another feature. */
  public Node view(Screen screen) {
    return switch (screen) {
      case DRAFTS -> new DraftsView(drafts, files);
      case TRASH -> new TrashView(trash);
      case HISTORY -> new HistoryView(history);
      case APPLICATIONS -> new ApplicationsView(applications, files);
      case SENT_COPY -> new SentCopyView(applications, files);
      default -> null;
    };
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
