package org.careercoach.desktop.ui.drafts;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.store.LocalDraft;
import org.careercoach.desktop.service.store.Profiles;
import org.careercoach.desktop.service.store.VersionInfo;
import org.careercoach.desktop.ui.common.DialogService;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.model.resume.Resume;

/**
 * One draft's kept versions: listed with time and reason, any one compared side by side with the
 * current text, and restored once the user confirms (the store keeps the current text as a version
 * first, so a restore can itself be undone from here).
 */
public final class HistoryViewModel {

  private final StoreCalls store;
  private final DialogService dialogs;
  private final Navigator navigator;
  private final ObservableList<VersionInfo> versions = FXCollections.observableArrayList();
  private final ObservableList<TextDiff.Row> comparison = FXCollections.observableArrayList();
  private final ObjectProperty<VersionInfo> selected = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private UUID draftId;
  private Resume current;
  private long compared;

  public HistoryViewModel(
      TaskExecutor executor, Profiles profiles, DialogService dialogs, Navigator navigator) {
    this.store = new StoreCalls(executor, profiles);
    this.dialogs = dialogs;
    this.navigator = navigator;
    selected.addListener((obs, was, now) -> compare(now));
  }

  /** Shows the history of {@code id}; the caller shows the screen. */
  public void open(UUID id) {
    draftId = id;
    current = null;
    versions.clear();
    comparison.clear();
    selected.set(null);
    title.set("");
    summary.set("");
    message.set("");
    store.run(
        drafts -> new Loaded(drafts.find(id).orElse(null), drafts.history(id)),
        loaded -> {
          if (!id.equals(draftId)) {
            return;
          }
          if (loaded.draft() == null) {
            summary.set("This draft is gone: it was deleted for good.");
            return;
          }
          current = loaded.draft().resume();
          title.set("History of “" + loaded.draft().title() + "”");
          versions.setAll(loaded.versions());
          summary.set(
              loaded.versions().isEmpty()
                  ? "No earlier versions yet: they are kept as you edit, at most one every few"
                      + " minutes, and when you close the draft."
                  : "Choose a version to compare it with the current text.");
          if (!loaded.versions().isEmpty()) {
            selected.set(loaded.versions().get(0));
          }
        });
  }

  private record Loaded(LocalDraft draft, List<VersionInfo> versions) {}

  private void compare(VersionInfo version) {
    comparison.clear();
    if (version == null || current == null) {
      return;
    }
    long asked = version.id();
    compared = asked;
    Resume now = current;
    store.run(
        drafts -> TextDiff.compare(text(drafts.version(asked)), text(now)),
        rows -> {
          if (compared == asked) {
            comparison.setAll(rows);
            long changes = rows.stream().filter(r -> r.change() != TextDiff.Change.SAME).count();
            summary.set(
                changes == 0
                    ? "This version has the same text as the current one."
                    : changes
                        + (changes == 1 ? " line differs" : " lines differ")
                        + " from the current text.");
          }
        });
  }

  private static List<String> text(Resume resume) {
    return ResumeText.lines(resume).stream().map(ResumeText.Line::toString).toList();
  }

  /** Makes the selected version the current text, once the user confirms. */
  public void restore() {
    VersionInfo version = selected.get();
    if (version == null
        || !dialogs.confirm(
            "Restore this version?",
            "The draft's text becomes the version of "
                + Times.of(version.savedAt())
                + ". Its current text is kept in the history, so you can come back to it.",
            "Restore")) {
      return;
    }
    UUID id = draftId;
    store.run(
        drafts -> drafts.restoreVersion(id, version.id()),
        restored -> {
          open(id);
          message.set("Restored the version of " + Times.of(version.savedAt()) + ".");
        });
  }

  public void back() {
    navigator.back();
  }

  public ObservableList<VersionInfo> versions() {
    return FXCollections.unmodifiableObservableList(versions);
  }

  /** The selected version (left) beside the current text (right). */
  public ObservableList<TextDiff.Row> comparison() {
    return FXCollections.unmodifiableObservableList(comparison);
  }

  public ObjectProperty<VersionInfo> selectedProperty() {
    return selected;
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problemProperty() {
    return store.problemProperty();
  }

  UUID draftId() {
    return draftId;
  }
}
