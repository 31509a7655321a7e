package org.careercoach.desktop.ui.shell;

/**
 * What a screen's view model may ask of the window: which screen shows. Only navigation: who is
 * signed in and whether the server answers belong to the session and connectivity services. All of
 * it on the UI thread.
 */
public interface Navigator {

  void show(Screen screen);

  /** Back to where the user came from (Esc, Cancel). */
  void back();
}
