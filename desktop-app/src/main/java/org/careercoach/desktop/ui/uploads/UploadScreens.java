package org.careercoach.desktop.ui.uploads;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.preview.PdfPages;
import org.careercoach.desktop.service.store.Profiles;
import org.careercoach.desktop.service.uploads.ResumeFiles;
import org.careercoach.desktop.ui.common.DialogService;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.desktop.ui.shell.Screen;

/**
 * The resume-files feature put together (ADR 0014's wiring by hand, kept in the feature so its
 * insides stay package-private): the list, the review, the notice when a file is read, and the
 * window's drop handler.
 */
public final class UploadScreens {

  private final ResumeFilesViewModel files;
  private final ReviewViewModel review;
  private final ReadNoticeViewModel notice;

  /**
   * @param editor opens a draft in the editor (the editor's {@code open(id)}, then its screen):
   *     where a review ends; and saves the open draft's typing before a merge into it
   */
  public UploadScreens(
      TaskExecutor executor,
      ResumeFiles resumeFiles,
      Profiles profiles,
      DialogService dialogs,
      Navigator navigator,
      DraftEditor editor) {
    this(
        executor,
        resumeFiles,
        profiles,
        dialogs,
        navigator,
        editor,
        new FxUploadDialogs(),
        OriginalOpener.desktop());
  }

  UploadScreens(
      TaskExecutor executor,
      ResumeFiles resumeFiles,
      Profiles profiles,
      DialogService dialogs,
      Navigator navigator,
      DraftEditor editor,
      UploadDialogs uploadDialogs,
      OriginalOpener opener) {
    PdfPages pages = new PdfPages();
    this.review =
        new ReviewViewModel(
            executor, resumeFiles, profiles, uploadDialogs, navigator, pages::render, editor);
    this.notice =
        new ReadNoticeViewModel(
            executor, resumeFiles, review::open, () -> navigator.show(Screen.RESUME_FILES));
    // A review opened from the list answers the notice as well: it goes.
    this.files =
        new ResumeFilesViewModel(
            executor,
            resumeFiles,
            uploadDialogs,
            dialogs,
            navigator,
            opener,
            key -> {
              notice.dismiss();
              review.open(key);
            });
  }

  /** The view of one of this feature's screens; null for a screen of another feature. */
  public Node view(Screen screen) {
    return switch (screen) {
      case RESUME_FILES -> new ResumeFilesView(files);
      case REVIEW -> new ReviewView(review);
      default -> null;
    };
  }

  /** The notice that a file is read, for the window to lay over its content. */
  public Node readNotice() {
    return new ReadNoticeView(notice);
  }

  /**
   * Files dropped anywhere on the window go to {@link ResumeFilesViewModel#addFiles}. Added as
   * handlers on the scene, so a screen's own drag and drop (the editor's reordering) handles its
   * gestures first and only files that nobody took arrive here.
   */
  public void acceptDrops(Scene scene) {
    scene.addEventHandler(
        DragEvent.DRAG_OVER,
        event -> {
          if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
            event.consume();
          }
        });
    scene.addEventHandler(
        DragEvent.DRAG_DROPPED,
        event -> {
          Dragboard board = event.getDragboard();
          if (!board.hasFiles()) {
            return;
          }
          files.addFiles(paths(board.getFiles()));
          event.setDropCompleted(true);
          event.consume();
        });
  }

  static List<Path> paths(List<File> dropped) {
    return dropped.stream().map(File::toPath).toList();
  }

  public ResumeFilesViewModel files() {
    return files;
  }

  public ReviewViewModel review() {
    return review;
  }

  public ReadNoticeViewModel notice() {
    return notice;
  }
}
