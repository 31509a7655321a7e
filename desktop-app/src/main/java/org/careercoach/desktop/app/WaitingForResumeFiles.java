package org.careercoach.desktop.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.uploads.AddResult;
import org.careercoach.desktop.service.uploads.Correction;
import org.careercoach.desktop.service.uploads.ParsedFile;
import org.careercoach.desktop.service.uploads.ResumeFiles;
import org.careercoach.desktop.service.uploads.ResumeFilesException;
import org.careercoach.desktop.service.uploads.ResumeFilesState;

/**
 * Stands in for the resume-files service on the screens' branch only, until the service's branch
 * (h17-files) is merged and {@code Desktop.assemble} makes the real one: no files, and every action
 * refused in words. Delete this class at that merge.
 */
final class WaitingForResumeFiles implements ResumeFiles {

  private static final String NOT_YET = "Resume files are not available in this build yet.";
  private final ObservableState<ResumeFilesState> state =
      new ObservableState<>(ResumeFilesState.SIGNED_OUT);

  @Override
  public ObservableState<ResumeFilesState> state() {
    return state;
  }

  @Override
  public List<AddResult> add(List<Path> files) {
    return files.stream()
        .map(path -> new AddResult(path, AddResult.Outcome.REFUSED, null, NOT_YET))
        .toList();
  }

  @Override
  public void cancel(String key) {
    throw new ResumeFilesException(NOT_YET);
  }

  @Override
  public void delete(String key) {
    throw new ResumeFilesException(NOT_YET);
  }

  @Override
  public void readAgain(String key) {
    throw new ResumeFilesException(NOT_YET);
  }

  @Override
  public Path original(String key) {
    throw new ResumeFilesException(NOT_YET);
  }

  @Override
  public ParsedFile parsed(String key) {
    throw new ResumeFilesException(NOT_YET);
  }

  @Override
  public void keepCorrections(String key, List<Correction> corrections) {
    throw new ResumeFilesException(NOT_YET);
  }

  @Override
  public void refresh() {}

  @Override
  public Runnable onRead(Consumer<org.careercoach.desktop.service.uploads.ResumeFileItem> l) {
    return () -> {};
  }
}
