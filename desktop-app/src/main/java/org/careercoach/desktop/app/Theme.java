package org.careercoach.desktop.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/**
 * The AtlantaFX themes. Our own stylesheet uses only AtlantaFX's {@code -color-*} variables, so
 * switching between light and dark is this one call.
 */
public enum Theme {
  LIGHT(new PrimerLight().getUserAgentStylesheet()),
  DARK(new PrimerDark().getUserAgentStylesheet());

  private final String userAgentStylesheet;

  Theme(String userAgentStylesheet) {
    this.userAgentStylesheet = userAgentStylesheet;
  }

  public void apply() {
    Application.setUserAgentStylesheet(userAgentStylesheet);
  }

  /** The app's own additions on top of the theme. */
  public static String appStylesheet() {
    return Theme.class.getResource("app.css").toExternalForm();
  }
}
