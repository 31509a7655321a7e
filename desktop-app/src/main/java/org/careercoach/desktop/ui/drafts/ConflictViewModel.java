package org.careercoach.desktop.ui.drafts;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.store.LocalDraft;
import org.careercoach.desktop.service.store.Profiles;
import org.careercoach.desktop.service.sync.Conflict;
import org.careercoach.desktop.service.sync.DraftSync;
import org.careercoach.desktop.service.sync.DraftSync.Keep;
import org.careercoach.desktop.ui.shell.Navigator;

/**
 * One conflict: the server's version of a draft (left) beside this computer's conflicted copy
 * (right), line by line as the history compares, and the three ways out — keep the server's
 * version, keep the copy, or keep both. What is not kept goes to the Trash, never away for good.
 */
public final class ConflictViewModel {

  private final TaskExecutor executor;
  private final StoreCalls store;
  private final DraftSync sync;
  private final Navigator navigator;
  private final ObservableList<TextDiff.Row> comparison = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private Consumer<String> resolved = what -> {};
  private Conflict conflict;

  public ConflictViewModel(
      TaskExecutor executor, Profiles profiles, DraftSync sync, Navigator navigator) {
    this.executor = executor;
    this.store = new StoreCalls(executor, profiles);
    this.sync = sync;
    this.navigator = navigator;
  }

  /** Who hears what a resolution did (the drafts list says it and reloads). */
  void onResolved(Consumer<String> listener) {
    this.resolved = listener;
  }

  /** Compares the two sides of {@code shown}; the caller shows the screen. */
  public void open(Conflict shown) {
    conflict = shown;
    comparison.clear();
    ready.set(false);
    problem.set("");
    title.set("“" + shown.title() + "” was changed in two places");
    summary.set("");
    store.run(
        drafts -> new Sides(drafts.find(shown.draft()), drafts.find(shown.copy())),
        sides -> {
          if (shown != conflict) {
            return;
          }
          if (sides.server().isEmpty() || sides.copy().isEmpty()) {
            summary.set(
                "One of the two is no longer here (deleted for good), so there is nothing to"
                    + " compare. Keep both to close this conflict.");
            ready.set(true);
            return;
          }
          List<TextDiff.Row> rows =
              TextDiff.compare(text(sides.server().get()), text(sides.copy().get()));
          comparison.setAll(rows);
          long changes = rows.stream().filter(r -> r.change() != TextDiff.Change.SAME).count();
          summary.set(
              (changes == 0
                      ? "Both have the same text."
                      : changes + (changes == 1 ? " line differs." : " lines differ."))
                  + " Keep one (the other goes to the Trash, where you can restore it for 30"
                  + " days), or keep both as separate drafts.");
          ready.set(true);
        });
  }

  private record Sides(
      java.util.Optional<LocalDraft> server, java.util.Optional<LocalDraft> copy) {}

  private static List<String> text(LocalDraft draft) {
    return ResumeText.lines(draft.resume()).stream().map(ResumeText.Line::toString).toList();
  }

  /** The other computer's text stays; this computer's copy goes to the Trash. */
  public void keepServerVersion() {
    resolve(Keep.SERVER_VERSION, "Kept the server's version of “%s”. Your copy is in the Trash.");
  }

  /**
   * This computer's text stays, under the draft's own name again (the copy's name said where it
   * came from, which no longer matters); the server's version goes to the Trash.
   */
  public void keepMyCopy() {
    resolve(Keep.CONFLICTED_COPY, "Kept your copy as “%s”. The server's version is in the Trash.");
  }

  /** Both stay, as two ordinary drafts. */
  public void keepBoth() {
    resolve(Keep.BOTH, "Kept both versions of “%s” as separate drafts.");
  }

  private void resolve(Keep keep, String done) {
    Conflict which = conflict;
    if (which == null || busy.get()) {
      return;
    }
    busy.set(true);
    executor.submit(
        () -> {
          sync.resolve(which, keep);
          return which;
        },
        ok -> {
          busy.set(false);
          navigator.back();
          resolved.accept(String.format(done, which.title()));
        },
        failed -> {
          busy.set(false);
          problem.set(
              "The conflict could not be resolved: "
                  + (failed.getMessage() == null ? failed.toString() : failed.getMessage())
                  + ". Both versions are still here.");
        });
  }

  public void back() {
    navigator.back();
  }

  /** The server's version (left) beside this computer's copy (right). */
  public ObservableList<TextDiff.Row> comparison() {
    return FXCollections.unmodifiableObservableList(comparison);
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** Why loading or resolving failed; nothing was changed. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** Loading failed too: the store's reason. */
  public ReadOnlyStringProperty loadProblemProperty() {
    return store.problemProperty();
  }

  /** Both sides loaded: the actions may run. */
  public ReadOnlyBooleanProperty readyProperty() {
    return ready.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  Conflict conflict() {
    return conflict;
  }
}
