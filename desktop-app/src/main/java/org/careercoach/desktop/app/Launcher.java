package org.careercoach.desktop.app;

import javafx.application.Application;

/**
 * The jar's entry point. It is not an {@link Application} itself so that {@code java -jar} can
 * start JavaFX from the class path without the module-path checks of the JavaFX launcher.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    Application.launch(CoachApplication.class, args);
  }
}
