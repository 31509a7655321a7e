package org.careercoach.desktop.ui.drafts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.careercoach.desktop.ui.common.DialogService;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.desktop.ui.shell.Screen;

/**
 * The user's side of the drafts screens' dialogs, answered by a test: queued answers, and a record
 * of what was asked. Also the window's navigation, recorded.
 */
final class Answers implements DraftDialogs, DialogService, Navigator {

  final Deque<Object> queued = new ArrayDeque<>();
  final List<String> asked = new ArrayList<>();
  final List<Screen> shown = new ArrayList<>();
  Function<String, Optional<String>> lastRule;

  Answers answer(Object answer) {
    queued.add(answer);
    return this;
  }

  @SuppressWarnings("unchecked")
  private <T> Optional<T> next() {
    Object answer = queued.poll();
    return answer == null || answer == Optional.empty()
        ? Optional.empty()
        : Optional.of((T) answer);
  }

  @Override
  public Optional<String> askTitle(
      String heading, String current, Function<String, Optional<String>> rule) {
    asked.add(heading + ": " + current);
    lastRule = rule;
    return next();
  }

  @Override
  public Optional<SentTo> askSentTo(String draftTitle, LocalDate today) {
    asked.add("sent " + draftTitle + " " + today);
    return next();
  }

  @Override
  public Optional<Path> chooseImportFile() {
    asked.add("import");
    return next();
  }

  @Override
  public Optional<ExportChoice> askExport(String draftTitle) {
    asked.add("export " + draftTitle);
    return next();
  }

  @Override
  public Optional<Path> chooseExportFile(String fileName, ExportFormat format) {
    asked.add("save " + fileName);
    return next();
  }

  @Override
  public boolean confirm(String title, String message, String confirmLabel) {
    asked.add(title);
    return this.<Boolean>next().orElse(false);
  }

  @Override
  public boolean offer(String title, String message, String yes, String no) {
    asked.add(title + " " + message);
    return this.<Boolean>next().orElse(false);
  }

  @Override
  public void show(Screen screen) {
    shown.add(screen);
  }

  @Override
  public void back() {
    shown.add(null);
  }
}
