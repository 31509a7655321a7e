package org.careercoach.desktop.ui.uploads;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.uploads.ResumeFileItem;
import org.careercoach.desktop.service.uploads.ResumeFiles;

/**
 * The window's notice that a file became read ("cv.pdf is read", with Review): not modal, it stays
 * until dismissed or followed, so a person who looked away (or listens to a screen reader) does not
 * miss it. A second file read while it shows joins it ("2 files are read").
 */
public final class ReadNoticeViewModel {

  private final Consumer<String> review;
  private final Runnable showFiles;
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private String key;
  private int count;

  /**
   * @param review opens one file's review
   * @param showFiles shows the resume files (for more than one read file)
   */
  ReadNoticeViewModel(
      TaskExecutor executor, ResumeFiles files, Consumer<String> review, Runnable showFiles) {
    this.review = review;
    this.showFiles = showFiles;
    files.onRead(item -> executor.deliver(() -> read(item)));
  }

  private void read(ResumeFileItem item) {
    if (count > 0 && item.key().equals(key)) {
      return; // the same file told twice (a catch-up after a reconnect)
    }
    count++;
    key = item.key();
    text.set(count == 1 ? item.filename() + " is read" : count + " files are read");
  }

  /** Review: the file's review, or the list when several are read. */
  public void review() {
    if (count == 0) {
      return;
    }
    if (count == 1) {
      review.accept(key);
    } else {
      showFiles.run();
    }
    dismiss();
  }

  public void dismiss() {
    count = 0;
    key = null;
    text.set("");
  }

  /** What the notice says; empty while there is nothing to tell. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }
}
