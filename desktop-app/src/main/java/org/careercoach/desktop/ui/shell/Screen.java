package org.careercoach.desktop.ui.shell;

/** The screens of the one window. */
public enum Screen {
  STARTING,
  SIGN_IN,
  CREATE_ACCOUNT,
  FORGOT_PASSWORD,
  HOME,
  SETTINGS,
  /** One draft's form and its live preview; opened from the drafts list. */
  EDITOR
}
