package org.careercoach.desktop.ui.shell;

/** The screens of the one window. */
public enum Screen {
  STARTING,
  SIGN_IN,
  CREATE_ACCOUNT,
  FORGOT_PASSWORD,
  /** The signed-in account: who, and whether its details loaded. */
  HOME,
  SETTINGS,
  /** The drafts of whoever uses the app now: where the app opens, signed in or not. */
  DRAFTS,
  TRASH,
  /** The kept versions of one draft (opened through the drafts list). */
  HISTORY,
  /** The application log: copies of drafts as sent to companies. */
  APPLICATIONS,
  /** One sent copy, read-only (opened through the application log). */
  SENT_COPY,
  /** A conflict: the server's version beside this computer's copy, to keep one or both. */
  CONFLICT,
  /** One draft's form and its live preview; opened from the drafts list. */
  EDITOR,
  /** The signed-in account's resume files: add (drop or choose), follow as they are read. */
  RESUME_FILES,
  /** One read resume file: the original beside what was read from it, to correct and keep. */
  REVIEW
}
