package org.careercoach.desktop.ui.uploads;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.careercoach.desktop.app.Theme;
import org.careercoach.desktop.service.uploads.ResumeFileItem;
import org.careercoach.desktop.service.uploads.ResumeFilesState.Availability;
import org.careercoach.desktop.ui.common.FxTaskExecutor;

/**
 * Not a test: shows the resume files in every stage (and, with {@code review}, a PDF's review) at
 * 1100×720 over the in-memory service, to look at under Xvfb ({@code import -window root}).
 * Arguments: an empty folder; {@code dark}; {@code review}; {@code offline}.
 */
public final class UploadsScreenshots extends Application {

  /** The entry point: a class that is not the Application, so the class path's JavaFX is used. */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      Application.launch(UploadsScreenshots.class, args);
    }
  }

  @Override
  public void start(Stage stage) throws Exception {
    List<String> args = getParameters().getRaw();
    Path dir = Path.of(args.get(0));
    (args.contains("dark") ? Theme.DARK : Theme.LIGHT).apply();
    UploadsWorld world = new UploadsWorld(dir.resolve("data"), new FxTaskExecutor(2));
    String read = world.readPdf(dir, "ana-lima-2026.pdf");
    world.files.move(read, ResumeFileItem.Stage.READ, 1, "");
    String failed = world.add(text(dir, "scan.txt", "x"));
    world.files.move(failed, ResumeFileItem.Stage.FAILED, 1, "it holds no text we can read");
    String reading = world.add(text(dir, "old-cv.txt", "Ana Lima\nEngineer"));
    world.files.move(reading, ResumeFileItem.Stage.READING, 1, "");
    String waiting = world.add(text(dir, "cv-en.txt", "Ana Lima\nBackend engineer"));
    world.files.move(
        waiting, ResumeFileItem.Stage.WAITING, 0, "the server answered 503; trying again at 10:42");
    String uploading = world.add(text(dir, "cv-de.txt", "Ana Lima\n" + "Ingenieurin\n".repeat(90)));
    world.files.move(uploading, ResumeFileItem.Stage.UPLOADING, 700, "");
    world.files.add(List.of(text(dir, "photo.png", "png")));
    world.screens.files().addFiles(List.of(dir.resolve("photo.png")));
    if (args.contains("offline")) {
      world.files.availability(Availability.OFFLINE, "connection refused");
    }
    if (args.contains("review")) {
      world.screens.review().open(read);
    }
    stage.setScene(world.scene);
    stage.setX(0);
    stage.setY(0);
    stage.setWidth(1100);
    stage.setHeight(720);
    stage.show();
    if (args.contains("review")) {
      new FxTaskExecutor(1)
          .schedule(java.time.Duration.ofSeconds(3), () -> world.screens.review().nextToCheck());
    }
  }

  private static Path text(Path dir, String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }
}
