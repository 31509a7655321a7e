package org.careercoach.desktop.ui.uploads;

import java.util.UUID;

/**
 * The draft editor, as far as a review needs it. The editor may hold a draft open with typing not
 * yet saved while the person reviews a file (it stays open behind other screens): a merge into that
 * draft must read the typing, and the editor must then show the merge.
 */
public interface DraftEditor {

  /** Opens the draft in the editor and shows it; a draft open already shows what is stored now. */
  void open(UUID id);

  /**
   * Saves what is typed into draft {@code id} if the editor has it open, then runs {@code then} on
   * the UI thread (at once when nothing of it is unsaved); a failing save waits for the retry that
   * works, so nothing typed is overwritten.
   */
  void saveTypingThen(UUID id, Runnable then);
}
