package org.careercoach.desktop.ui.drafts;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.DraftStore.VersionReason;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.store.LocalDraft;
import org.careercoach.desktop.service.store.Profiles;
import org.careercoach.desktop.service.store.SentCopy;
import org.careercoach.desktop.service.store.StoreException;
import org.careercoach.model.resume.Resume;

/**
 * Import of a JSON Resume file into a new draft (all or nothing: an invalid file lists each problem
 * with its path and changes nothing), and export of a draft or a sent copy to JSON, PDF or DOCX.
 */
public final class DraftFilesViewModel {

  private final TaskExecutor executor;
  private final StoreCalls store;
  private final ResumeFiles files;
  private final DraftDialogs dialogs;
  private final DraftsViewModel drafts;
  private final ApplicationsViewModel applications;
  private final ObservableList<String> importProblems = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

  DraftFilesViewModel(
      TaskExecutor executor,
      Profiles profiles,
      ResumeFiles files,
      DraftDialogs dialogs,
      DraftsViewModel drafts,
      ApplicationsViewModel applications) {
    this.executor = executor;
    this.store = new StoreCalls(executor, profiles);
    this.files = files;
    this.dialogs = dialogs;
    this.drafts = drafts;
    this.applications = applications;
  }

  /** Asks for a file and imports it as a new draft, named after the person and the file. */
  public void importFile() {
    Optional<Path> chosen = dialogs.chooseImportFile();
    if (chosen.isEmpty()) {
      return;
    }
    Path file = chosen.get();
    clear();
    executor.submit(
        () -> files.read(file),
        imported -> {
          if (imported.resume() == null) {
            message.set("");
            store.failed(
                new StoreException(
                    StoreException.Kind.IO,
                    "“"
                        + file.getFileName()
                        + "” was not imported: it is not a valid JSON Resume. Nothing was"
                        + " changed."));
            importProblems.setAll(imported.problems());
            return;
          }
          String title = titleFor(file, imported.resume());
          store.run(
              drafts -> {
                LocalDraft made = drafts.create(title, imported.resume());
                drafts.keepVersion(made.id(), VersionReason.IMPORTED);
                return made;
              },
              made -> {
                message.set("Imported “" + file.getFileName() + "” as “" + made.title() + "”.");
                drafts.showCreated(made.id());
              });
        },
        failure ->
            store.failed(
                new StoreException(
                    StoreException.Kind.IO,
                    "Could not read “" + file.getFileName() + "”: " + failure.getMessage(),
                    failure)));
  }

  /** "ana.json" with the name Ana Lima → "Ana Lima (ana.json)"; without a name, the file's. */
  static String titleFor(Path file, Resume resume) {
    String name = file.getFileName().toString();
    String person =
        resume.basics() == null || resume.basics().name() == null
            ? ""
            : resume.basics().name().strip();
    String title = person.isEmpty() ? name : person + " (" + name + ")";
    return DraftRules.title(title).isEmpty() ? title : DraftsViewModel.NEW_TITLE;
  }

  /** Exports the draft selected in the list. */
  public void exportSelected() {
    DraftSummary draft = drafts.selectedProperty().get();
    if (draft != null) {
      export(draft.title(), store -> store.find(draft.id()).orElseThrow(() -> gone()).resume());
    }
  }

  /** Exports the copy selected in the application log, as it was sent. */
  public void exportSelectedApplication() {
    SentCopy copy = applications.selectedProperty().get();
    if (copy != null) {
      export(sentName(copy), store -> store.sentResume(copy.id()));
    }
  }

  /** Exports the sent copy that is open. */
  public void exportOpenedApplication() {
    SentCopy copy = applications.opened();
    if (copy != null) {
      export(sentName(copy), store -> store.sentResume(copy.id()));
    }
  }

  private static String sentName(SentCopy copy) {
    return copy.draftTitle() + " – " + copy.company();
  }

  private static StoreException gone() {
    return new StoreException(StoreException.Kind.NOT_FOUND, "That draft is gone.");
  }

  private void export(String title, Function<DraftStore, Resume> read) {
    Optional<ExportChoice> choice = dialogs.askExport(title);
    if (choice.isEmpty()) {
      return;
    }
    Optional<Path> target =
        dialogs.chooseExportFile(fileName(title, choice.get().format()), choice.get().format());
    if (target.isEmpty()) {
      return;
    }
    Path file = target.get();
    clear();
    store.run(
        read,
        resume ->
            executor.submit(
                () -> {
                  files.write(resume, choice.get(), file);
                  return file;
                },
                written -> message.set("Exported to " + written + "."),
                failure ->
                    store.failed(
                        new StoreException(
                            StoreException.Kind.IO,
                            "Could not export to " + file + ": " + failure.getMessage(),
                            failure))));
  }

  /** A file name from a title: letters, digits, spaces and dashes kept, the rest dropped. */
  static String fileName(String title, ExportFormat format) {
    String base = title.replaceAll("[^\\p{L}\\p{N} ._-]", "").replaceAll("\\s+", " ").strip();
    if (base.isEmpty() || base.startsWith(".")) {
      base = "resume";
    }
    return base + "." + format.extension().toLowerCase(Locale.ROOT);
  }

  List<String> templates() {
    return files.templates();
  }

  private void clear() {
    importProblems.clear();
    store.clearProblem();
    message.set("");
  }

  /** Why the last import was refused: one line per problem, each with its path. */
  public ObservableList<String> importProblems() {
    return FXCollections.unmodifiableObservableList(importProblems);
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problemProperty() {
    return store.problemProperty();
  }
}
