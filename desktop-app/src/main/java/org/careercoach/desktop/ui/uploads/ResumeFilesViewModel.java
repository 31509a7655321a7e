package org.careercoach.desktop.ui.uploads;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.uploads.AddResult;
import org.careercoach.desktop.service.uploads.ResumeFiles;
import org.careercoach.desktop.service.uploads.ResumeFilesException;
import org.careercoach.desktop.service.uploads.ResumeFilesState;
import org.careercoach.desktop.service.uploads.ResumeFilesState.Availability;
import org.careercoach.desktop.ui.common.DialogService;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.model.api.Capabilities;

/**
 * The "Resume files" screen: adding files (dropped anywhere on the window or chosen), the list with
 * each file's live stage, and the actions on one file. The files and their stages are the {@link
 * ResumeFiles} service's; this copies them onto the UI thread and says them in words.
 */
public final class ResumeFilesViewModel {

  private static final System.Logger log = System.getLogger(ResumeFilesViewModel.class.getName());

  private final TaskExecutor executor;
  private final ResumeFiles files;
  private final UploadDialogs dialogs;
  private final DialogService questions;
  private final Navigator navigator;
  private final OriginalOpener opener;
  private final Consumer<String> review;
  private final ObservableList<FileRow> rows = FXCollections.observableArrayList();
  // One read-only view, kept: a view made per call stops telling its listeners once collected.
  private final ObservableList<FileRow> rowsView = FXCollections.unmodifiableObservableList(rows);
  private final ObservableList<String> refusals = FXCollections.observableArrayList();
  private final ObservableList<String> refusalsView =
      FXCollections.unmodifiableObservableList(refusals);
  private final ReadOnlyObjectWrapper<Availability> availability =
      new ReadOnlyObjectWrapper<>(Availability.SIGNED_OUT);
  private final ReadOnlyStringWrapper rules = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
  private final javafx.beans.property.ObjectProperty<FileRow> selected =
      new javafx.beans.property.SimpleObjectProperty<>();
  private List<Capabilities.FileType> types = List.of();

  /**
   * @param review opens the review of a read file (the review's {@code open(key)}, then its screen)
   */
  ResumeFilesViewModel(
      TaskExecutor executor,
      ResumeFiles files,
      UploadDialogs dialogs,
      DialogService questions,
      Navigator navigator,
      OriginalOpener opener,
      Consumer<String> review) {
    this.executor = executor;
    this.files = files;
    this.dialogs = dialogs;
    this.questions = questions;
    this.navigator = navigator;
    this.opener = opener;
    this.review = review;
    show(files.state().get());
    files.state().subscribe(state -> executor.deliver(() -> show(state)));
  }

  private void show(ResumeFilesState state) {
    availability.set(state.availability());
    FileRow was = selected.get();
    rows.setAll(state.files().stream().map(FileRow::new).toList());
    // The rows are new each time a stage changes: the selection follows the file, not the row.
    selected.set(
        was == null
            ? null
            : rows.stream().filter(row -> row.key().equals(was.key())).findFirst().orElse(null));
    empty.set(rows.isEmpty());
    types = state.capabilities().map(Capabilities::acceptedTypes).orElse(List.of());
    rules.set(state.capabilities().map(FileRow::rules).orElse(""));
    notice.set(
        switch (state.availability()) {
          case SIGNED_OUT ->
              "Resume files need an account: the server reads them. Sign in to add yours.";
          case OFFLINE ->
              "The server can't be reached"
                  + (state.problem().isBlank() ? "" : " (" + state.problem().strip() + ")")
                  + ". Files you add wait on this computer and go when it is back.";
          case ONLINE -> state.problem().isBlank() ? "" : state.problem().strip();
        });
  }

  /**
   * The one way files come in: dropped on the window or chosen. Adds them in the background and
   * says, per file, what was refused or recognised as a duplicate.
   */
  public void addFiles(List<Path> paths) {
    if (paths.isEmpty()) {
      return;
    }
    navigator.show(Screen.RESUME_FILES);
    clear();
    if (availability.get() == Availability.SIGNED_OUT) {
      problem.set(
          "Sign in to add resume files: the server reads them, so they need an account. Nothing"
              + " was added.");
      return;
    }
    adding.set(true);
    List<Path> chosen = List.copyOf(paths);
    executor.submit(
        () -> files.add(chosen),
        results -> {
          adding.set(false);
          report(results);
        },
        failure -> {
          adding.set(false);
          failed("Could not add the files", failure);
        });
  }

  private void report(List<AddResult> results) {
    List<String> added = new ArrayList<>();
    List<String> notAdded = new ArrayList<>();
    for (AddResult result : results) {
      String name = result.path().getFileName().toString();
      String why = result.message() == null ? "" : result.message().strip();
      switch (result.outcome()) {
        case QUEUED -> added.add(name);
        case DUPLICATE ->
            notAdded.add(name + " is here already" + (why.isEmpty() ? "." : ": " + why));
        case REFUSED -> notAdded.add(name + " was not added" + (why.isEmpty() ? "." : ": " + why));
      }
    }
    refusals.setAll(notAdded);
    if (added.size() == 1) {
      message.set("Added " + added.get(0) + ".");
    } else if (added.size() > 1) {
      message.set("Added " + added.size() + " files.");
    }
  }

  /** "Add files…": the chooser, filtered by the server's types, then {@link #addFiles}. */
  public void chooseFiles() {
    addFiles(dialogs.chooseResumeFiles(types));
  }

  public void cancel(FileRow row) {
    act(row, () -> files.cancel(row.key()), "Cancelled " + row.name() + ".");
  }

  public void review(FileRow row) {
    if (row.reviewable()) {
      review.accept(row.key());
    }
  }

  public void readAgain(FileRow row) {
    act(row, () -> files.readAgain(row.key()), "Reading " + row.name() + " again.");
  }

  public void delete(FileRow row) {
    if (!questions.confirm(
        "Delete " + row.name() + "?",
        "The file and what was read from it go, on the server and on this computer. Drafts made"
            + " from it stay.",
        "Delete")) {
      return;
    }
    act(row, () -> files.delete(row.key()), "Deleted " + row.name() + ".");
  }

  /** Opens the original in the desktop's app for its type. */
  public void openOriginal(FileRow row) {
    act(row, () -> opener.open(files.original(row.key())), "");
  }

  /** Saves a copy of the original where the person chooses. */
  public void saveOriginalAs(FileRow row) {
    Optional<Path> target = dialogs.chooseSaveTarget(row.name());
    if (target.isEmpty()) {
      return;
    }
    Path to = target.get();
    act(
        row,
        () -> {
          Path original = files.original(row.key());
          // Through a file beside the target: a failed copy never leaves half a file there.
          Path part = to.resolveSibling(to.getFileName() + ".part");
          try {
            Files.copy(original, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, to, StandardCopyOption.REPLACE_EXISTING);
          } finally {
            Files.deleteIfExists(part);
          }
        },
        "Saved " + row.name() + " as " + to + ".");
  }

  public void signIn() {
    navigator.show(Screen.SIGN_IN);
  }

  private void act(FileRow row, Action action, String done) {
    clear();
    Callable<Boolean> work =
        () -> {
          action.run();
          return Boolean.TRUE;
        };
    executor.submit(
        work,
        ok -> message.set(done),
        failure -> failed("Could not finish that for " + row.name(), failure));
  }

  private void failed(String what, Throwable failure) {
    if (failure instanceof ResumeFilesException refused) {
      problem.set(refused.getMessage());
    } else if (failure instanceof java.io.IOException io) {
      problem.set(what + ": " + io.getMessage());
    } else {
      log.log(Level.ERROR, what, failure);
      problem.set(what + ": " + failure + ".");
    }
  }

  private void clear() {
    problem.set("");
    message.set("");
    refusals.clear();
  }

  /** The files, newest first. */
  public ObservableList<FileRow> rows() {
    return rowsView;
  }

  /** The row the actions act on; kept across stage changes. */
  public javafx.beans.property.ObjectProperty<FileRow> selectedProperty() {
    return selected;
  }

  /** One line per file the last add did not queue, with the reason. */
  public ObservableList<String> refusals() {
    return refusalsView;
  }

  public ReadOnlyObjectProperty<Availability> availabilityProperty() {
    return availability.getReadOnlyProperty();
  }

  /** The server's rules in one line; empty until known. */
  public ReadOnlyStringProperty rulesProperty() {
    return rules.getReadOnlyProperty();
  }

  /** Signed out or offline, in words; empty when neither. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty addingProperty() {
    return adding.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty emptyProperty() {
    return empty.getReadOnlyProperty();
  }

  /** Work that returns nothing and may throw. */
  @FunctionalInterface
  private interface Action {
    void run() throws Exception;
  }
}
