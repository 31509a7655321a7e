package org.careercoach.desktop.ui.drafts;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.careercoach.desktop.app.Desktop;
import org.careercoach.desktop.app.DesktopConfig;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.service.settings.SettingsStore;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.StoreService;
import org.careercoach.desktop.ui.common.FxTaskExecutor;

/**
 * Not a test: shows the drafts list with a realistic set of drafts at 1280×800, for the screenshots
 * in {@code docs/} (run under Xvfb, then {@code import -window root}). Arguments: a fresh data
 * folder, and {@code dark} for the dark theme.
 */
public final class DraftsScreenshots extends Application {

  /** The entry point: a class that is not the Application, so the class path's JavaFX is used. */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      Application.launch(DraftsScreenshots.class, args);
    }
  }

  @Override
  public void start(Stage stage) throws Exception {
    Path dataDir = Path.of(getParameters().getRaw().get(0));
    boolean dark = getParameters().getRaw().contains("dark");
    fill(dataDir);
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
    executor.schedule(
        java.time.Duration.ofSeconds(8),
        () -> {
          var list = desktop.drafts().drafts();
          if (!list.drafts().isEmpty()) {
            list.selectedProperty().set(list.drafts().get(1));
          }
        });
  }

  /** Changes spread over the last weeks, as a real list has them. */
  private static final class PastClock extends Clock {
    private java.time.Instant next = java.time.Instant.now().minus(Duration.ofDays(40));

    @Override
    public java.time.Instant instant() {
      next = next.plus(Duration.ofMinutes(217));
      return next;
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private static void fill(Path dataDir) {
    SameThreadExecutor now = new SameThreadExecutor();
    try (StoreService profiles =
        new StoreService(
            dataDir,
            new ObservableState<>(DraftsViewModelTest.signedIn(null)),
            now,
            new PastClock())) {
      DraftStore drafts = profiles.drafts();
      if (!drafts.list(DraftStore.DraftSort.TITLE).isEmpty()) {
        return;
      }
      List<String[]> made =
          List.of(
              new String[] {"Backend engineer – fintech", "Ana Lima", "Senior backend engineer"},
              new String[] {"Platform team, Berlin", "Ana Lima", "Staff engineer, platform"},
              new String[] {"Short one-page CV", "Ana Lima", "Software engineer"},
              new String[] {"Engineering manager", "Ana Lima", "Engineering manager"},
              new String[] {"Data engineering (Spark)", "Ana Lima", "Data engineer"},
              new String[] {"Consulting profile", "Ana Lima", "Independent consultant"},
              new String[] {"Teaching assistant 2019", "Ana Lima", "Teaching assistant"});
      for (String[] draft : made) {
        var d = drafts.create(draft[0], DraftsViewModelTest.resume(draft[1], draft[2], "Kotlin"));
        if (draft[0].startsWith("Backend")) {
          drafts.recordSent(d.id(), "Acme Payments", "Senior backend engineer", LocalDate.now());
        }
      }
      var old = drafts.create("Old CV (2017)", DraftsViewModelTest.resume("Ana Lima", "Intern"));
      drafts.moveToTrash(old.id());
      drafts.purgeTrash(Duration.ofDays(30));
    }
  }
}
