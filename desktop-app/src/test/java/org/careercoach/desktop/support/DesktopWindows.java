package org.careercoach.desktop.support;

import java.nio.file.Path;
import java.time.Clock;
import javafx.stage.Stage;
import org.careercoach.desktop.app.Desktop;
import org.careercoach.desktop.app.DesktopConfig;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.service.settings.SettingsStore;

/** The app's window, wired as users get it, shown on a test stage. */
public final class DesktopWindows {

  private DesktopWindows() {}

  /** Shows the app talking to {@code serverUrl}, with a keychain in memory. UI thread only. */
  public static Desktop show(Stage stage, String serverUrl, Path dataDir, TaskExecutor executor) {
    Desktop desktop =
        Desktop.assemble(
            new DesktopConfig(serverUrl, dataDir),
            new SettingsService(new SettingsStore(dataDir)),
            MemorySecretStore::new,
            executor,
            Clock.systemUTC());
    stage.setScene(desktop.scene());
    stage.show();
    return desktop;
  }
}
