package org.careercoach.desktop.ui.uploads;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.ui.common.DialogService;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.model.api.Capabilities;

/**
 * The person's side of the resume-files screens, answered by a test: queued answers and a record of
 * what was asked; the window's navigation, recorded; files "opened", recorded.
 */
final class UploadAnswers implements UploadDialogs, DialogService, Navigator, OriginalOpener {

  final Deque<Object> queued = new ArrayDeque<>();
  final List<String> asked = new ArrayList<>();
  final List<Screen> shown = new ArrayList<>();
  final List<Path> opened = new ArrayList<>();
  List<Capabilities.FileType> offeredTypes;
  List<ResumeMerge.Section> offeredSections;
  List<DraftSummary> offeredDrafts;

  UploadAnswers answer(Object answer) {
    queued.add(answer);
    return this;
  }

  @SuppressWarnings("unchecked")
  private <T> T next() {
    return (T) queued.poll();
  }

  @Override
  public List<Path> chooseResumeFiles(List<Capabilities.FileType> types) {
    asked.add("choose files");
    offeredTypes = types;
    List<Path> chosen = next();
    return chosen == null ? List.of() : chosen;
  }

  @Override
  public Optional<Path> chooseSaveTarget(String fileName) {
    asked.add("save " + fileName);
    return Optional.ofNullable(next());
  }

  @Override
  public Optional<MergePlan> askMerge(
      List<DraftSummary> drafts, List<ResumeMerge.Section> sections) {
    asked.add("merge");
    offeredDrafts = drafts;
    offeredSections = sections;
    return Optional.ofNullable(next());
  }

  @Override
  public boolean confirm(String title, String message, String confirmLabel) {
    asked.add(title);
    Boolean yes = next();
    return yes != null && yes;
  }

  @Override
  public boolean offer(String title, String message, String yes, String no) {
    asked.add(title);
    Boolean taken = next();
    return taken != null && taken;
  }

  @Override
  public void show(Screen screen) {
    shown.add(screen);
  }

  @Override
  public void back() {
    shown.add(null);
  }

  @Override
  public void open(Path file) {
    opened.add(file);
  }
}
