package org.careercoach.desktop.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * The jar's entry point. It is not an {@link Application} itself so that {@code java -jar} can
 * start JavaFX from the class path without the module-path checks of the JavaFX launcher.
 */
public final class Launcher {

  /**
   * The keychain's D-Bus library reports every connection and item at INFO; held here, because
   * java.util.logging forgets the level of a logger nobody references.
   */
  private static final Logger DBUS = Logger.getLogger("org.freedesktop");

  private Launcher() {}

  public static void main(String[] args) {
    DBUS.setLevel(Level.WARNING);
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
