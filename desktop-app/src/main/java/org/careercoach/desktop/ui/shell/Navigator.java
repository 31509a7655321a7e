package org.careercoach.desktop.ui.shell;

import org.careercoach.model.api.UserProfile;

/** What a screen's view model may ask of the window. All of it on the UI thread. */
public interface Navigator {

  void show(Screen screen);

  /** Back to where the user came from (Esc, Cancel). */
  void back();

  void signedIn(UserProfile user);

  /** Back to Sign in; {@code notice} is shown there (why, or what to do next), may be empty. */
  void signedOut(String notice);

  /** A network action found the server unreachable: the status bar says so and retries. */
  void unreachable(String reason);
}
