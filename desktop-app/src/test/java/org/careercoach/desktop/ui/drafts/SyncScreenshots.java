package org.careercoach.desktop.ui.drafts;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import javafx.application.Application;
import javafx.stage.Stage;
import org.careercoach.desktop.app.Desktop;
import org.careercoach.desktop.app.DesktopConfig;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.service.settings.SettingsStore;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.sync.Conflict;
import org.careercoach.desktop.ui.common.FxTaskExecutor;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.model.resume.Resume;

/**
 * Not a test: the conflict screen at 1280×800 with two realistic sides, to look at under Xvfb
 * ({@code import -window root}). Arguments: a fresh data folder, and {@code dark} for the dark
 * theme.
 */
public final class SyncScreenshots extends Application {

  /** The entry point: a class that is not the Application, so the class path's JavaFX is used. */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      Application.launch(SyncScreenshots.class, args);
    }
  }

  @Override
  public void start(Stage stage) throws Exception {
    Path dataDir = Path.of(getParameters().getRaw().get(0));
    boolean dark = getParameters().getRaw().contains("dark");
    SettingsService settings = new SettingsService(new SettingsStore(dataDir));
    settings.update(s -> s.withDarkTheme(dark));
    FxTaskExecutor executor = new FxTaskExecutor(2);
    Desktop desktop =
        Desktop.assemble(
            new DesktopConfig("http://127.0.0.1:9", dataDir),
            settings,
            MemorySecretStore::new,
            executor,
            Clock.systemUTC());
    stage.setScene(desktop.scene());
    stage.setX(0);
    stage.setY(0);
    stage.setWidth(1280);
    stage.setHeight(800);
    stage.show();
    // The profile's store opens in the background after the first frame.
    executor.schedule(
        java.time.Duration.ofSeconds(3),
        () ->
            executor.submit(
                () -> {
                  DraftStore drafts = desktop.profiles().drafts();
                  Resume server =
                      DraftsViewModelTest.resume(
                          "Ana Lima", "Staff engineer, payments", "Kotlin", "SQL");
                  Resume mine =
                      DraftsViewModelTest.resume(
                          "Ana Lima", "Principal engineer, payments", "Kotlin", "PostgreSQL", "Go");
                  UUID a = drafts.create("Backend engineer – fintech", server).id();
                  UUID b =
                      drafts
                          .create(
                              "Backend engineer – fintech (conflicted copy, laptop, 2 Dec 2026)",
                              mine)
                          .id();
                  return new Conflict(a, b, "Backend engineer – fintech", Instant.now());
                },
                conflict ->
                    executor.schedule(
                        java.time.Duration.ofSeconds(2),
                        () -> {
                          desktop.drafts().conflicts().open(conflict);
                          desktop.shell().show(Screen.CONFLICT);
                        }),
                failed -> failed.printStackTrace()));
  }
}
