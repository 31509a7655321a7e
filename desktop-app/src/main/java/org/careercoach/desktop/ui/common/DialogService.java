package org.careercoach.desktop.ui.common;

/** Questions the app asks the user in a dialog; view models ask through this, tests answer it. */
public interface DialogService {

  /**
   * Asks before something that can't be undone. Call on the UI thread; waits for the answer.
   *
   * @return true when the user chose {@code confirmLabel}, false on Cancel, Esc or closing
   */
  boolean confirm(String title, String message, String confirmLabel);

  /**
   * Offers something the user may take or leave (nothing is lost either way), with {@code yes} as
   * the default. Call on the UI thread; waits for the answer.
   *
   * @return true when the user chose {@code yes}, false on {@code no}, Esc or closing
   */
  boolean offer(String title, String message, String yes, String no);

  /**
   * Asks before something that can't be undone, naming both ways: {@code keepLabel} is the safe
   * default (Enter, Esc and closing choose it). Call on the UI thread; waits for the answer.
   *
   * @return true only when the user chose {@code confirmLabel}
   */
  default boolean confirm(String title, String message, String confirmLabel, String keepLabel) {
    return confirm(title, message, confirmLabel);
  }
}
