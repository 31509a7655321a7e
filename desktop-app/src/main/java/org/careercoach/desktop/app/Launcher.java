package org.careercoach.desktop.app;

import javafx.application.Application;

/**
 * The jar's entry point. It is not an {@link Application} itself so that {@code java -jar} can
 * start JavaFX from the class path without the module-path checks of the JavaFX launcher.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    // The default ProxySelector then follows the system's proxy settings (and OkHttp asks it).
    if (System.getProperty("java.net.useSystemProxies") == null) {
      System.setProperty("java.net.useSystemProxies", "true");
    }
    Application.launch(CoachApplication.class, args);
    // The window is closed. A keychain connection that failed half-way can leave a non-daemon
    // D-Bus thread behind (java-keyring gives no handle to close it), so end the process here.
    System.exit(0);
  }
}
