package org.careercoach.desktop.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.careercoach.desktop.service.secrets.KeychainSecretStore;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.service.settings.SettingsStore;
import org.careercoach.desktop.ui.common.FxTaskExecutor;

/** Starts the app and opens its one window. */
public final class CoachApplication extends Application {

  public static final String TITLE = "Career Coach";

  private DesktopConfig config;
  private SettingsService settings;
  private FxTaskExecutor executor;
  private KeychainSecretStore.Opener keychain;
  private Desktop desktop;

  /** Brings the window to the front; does nothing until it is shown (it comes up anyway). */
  private static volatile Runnable toFront = () -> {};

  /** A second start on the same data folder asked for the window: shows it in front of others. */
  static void bringToFront() {
    toFront.run();
  }

  /** Runs on the launcher thread, before the window: the disk reads the window needs. */
  @Override
  public void init() {
    config = DesktopConfig.fromEnvironment(System.getenv());
    settings = new SettingsService(new SettingsStore(config.dataDir()));
  }

  @Override
  public void start(Stage stage) {
    StartupReport.toolkitReady();
    if (config == null) {
      init();
    }
    executor = new FxTaskExecutor(4);
    keychain = new KeychainSecretStore.Opener();
    desktop = Desktop.assemble(config, settings, keychain::open, executor, Clock.systemUTC());
    StartupReport.whenFirstShown(desktop.scene(), desktop.shell(), executor, smokeShot());
    stage.setTitle(TITLE);
    stage.setMinWidth(640);
    stage.setMinHeight(480);
    stage.setScene(desktop.scene());
    stage.show();
    toFront =
        () ->
            executor.deliver(
                () -> {
                  stage.setIconified(false);
                  stage.toFront();
                  stage.requestFocus();
                });
  }

  /** {@code --smoke FILE}: open the window, write it to FILE as a PNG, and quit. */
  private Path smokeShot() {
    List<String> args = getParameters().getRaw();
    int at = args.indexOf("--smoke");
    return at >= 0 && at + 1 < args.size() ? Path.of(args.get(at + 1)) : null;
  }

  @Override
  public void stop() throws InterruptedException {
    if (desktop != null) {
      desktop.sync().close(); // no pass may run on a store being closed
      desktop.files().close(); // nor an upload or a catch-up
      desktop.profiles().close(); // backs the drafts up, then closes their file
    }
    if (executor != null) {
      executor.close();
    }
    if (keychain != null) {
      keychain.close();
    }
  }
}
