package org.careercoach.desktop.ui.shell;

/** The screens of the one window. */
public enum Screen {
  STARTING,
  SIGN_IN,
  CREATE_ACCOUNT,
  FORGOT_PASSWORD,
  HOME,
  SETTINGS
}
