package org.careercoach.desktop.ui.uploads;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.model.api.Capabilities;

/**
 * The resume-files screens' file choosers and questions: view models ask through this, so their
 * tests answer it; {@link FxUploadDialogs} shows them in the app. Each call is made on the UI
 * thread and waits for the answer; empty means the person cancelled.
 */
interface UploadDialogs {

  /**
   * Asks for resume files to add, several at once.
   *
   * @param types the server's accepted types, for the chooser's filter; empty for any file
   */
  List<Path> chooseResumeFiles(List<Capabilities.FileType> types);

  /** Asks where to save a copy of an original, suggesting its name. */
  Optional<Path> chooseSaveTarget(String fileName);

  /**
   * Asks which draft to merge a reviewed file into and, per section the file has, what to do.
   *
   * @param drafts the drafts to choose from, in the list's order
   * @param sections the sections the file has something for
   */
  Optional<MergePlan> askMerge(List<DraftSummary> drafts, List<ResumeMerge.Section> sections);

  /** The person's merge: into which draft, and per section what to do. */
  record MergePlan(DraftSummary draft, Map<ResumeMerge.Section, ResumeMerge.Choice> choices) {
    public MergePlan {
      choices = Map.copyOf(choices);
    }
  }
}
