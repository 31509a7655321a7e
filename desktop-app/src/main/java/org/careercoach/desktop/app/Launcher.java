package org.careercoach.desktop.app;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.careercoach.desktop.service.instance.SingleInstance;

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

  /**
   * The PDF export (openhtmltopdf) makes PDF's standard fonts at each render, and PDFBox warns each
   * time that it would draw Symbol with a system font; our PDFs embed their own font and use none
   * of them.
   */
  private static final Logger PDF_STANDARD_FONTS =
      Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

  private Launcher() {}

  public static void main(String[] args) {
    DBUS.setLevel(Level.WARNING);
    PDF_STANDARD_FONTS.setLevel(Level.SEVERE);
    // The default ProxySelector then follows the system's proxy settings (and OkHttp asks it).
    if (System.getProperty("java.net.useSystemProxies") == null) {
      System.setProperty("java.net.useSystemProxies", "true");
    }
    // One app per data folder: a second start brings the first one's window to the front.
    DesktopConfig config = DesktopConfig.fromEnvironment(System.getenv());
    SingleInstance instance = null;
    try {
      instance = SingleInstance.claim(config.dataDir(), CoachApplication::bringToFront);
    } catch (SingleInstance.AlreadyRunning running) {
      System.err.println(running.getMessage());
      System.exit(running.answered() ? 0 : 1);
    } catch (IOException e) {
      // The folder cannot be used at all; the window's store says so and what to do.
      Logger.getLogger(Launcher.class.getName()).log(Level.WARNING, "No single-instance lock", e);
    }
    Application.launch(CoachApplication.class, args);
    closeQuietlyAtExit(instance);
    // The window is closed. A keychain connection that failed half-way can leave a non-daemon
    // D-Bus thread behind (java-keyring gives no handle to close it), so end the process here.
    System.exit(0);
  }

  private static void closeQuietlyAtExit(SingleInstance instance) {
    if (instance == null) {
      return;
    }
    try {
      instance.close();
    } catch (IOException e) {
      // The OS releases the lock when the process ends, a moment later.
      Logger.getLogger(Launcher.class.getName()).log(Level.FINE, "Releasing the lock", e);
    }
  }
}
