package org.careercoach.desktop.ui.drafts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * The drafts screens' questions and file choosers: view models ask through this, so their tests
 * answer it (and supply the files); {@link FxDraftDialogs} shows them in the app. Each call is made
 * on the UI thread and waits for the answer; empty means the user cancelled.
 */
interface DraftDialogs {

  /**
   * Asks for a draft's name.
   *
   * @param rule says what is wrong with a name, or nothing; OK stays disabled until it passes
   */
  Optional<String> askTitle(
      String heading, String current, Function<String, Optional<String>> rule);

  /** Asks who the draft was sent to, for which role and when (today by default). */
  Optional<SentTo> askSentTo(String draftTitle, LocalDate today);

  /** Asks for a JSON Resume file to import. */
  Optional<Path> chooseImportFile();

  /** Asks how to export: the format and the template. */
  Optional<ExportChoice> askExport(String draftTitle);

  /** Asks where to save an export, suggesting {@code fileName}. */
  Optional<Path> chooseExportFile(String fileName, ExportFormat format);
}
