package org.careercoach.desktop.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.careercoach.desktop.app.Theme;
import org.careercoach.desktop.app.WindowImages;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of a test's window for the docs, in both themes, when {@code -Dcoach.screenshots=DIR}
 * asks for them ({@code NAME-light.png}, {@code NAME-dark.png}); nothing otherwise.
 */
public final class Screenshots {

  private Screenshots() {}

  public static void take(FxRobot robot, Scene scene, String name) throws IOException {
    String folder = System.getProperty("coach.screenshots");
    if (folder == null || folder.isBlank()) {
      return;
    }
    Files.createDirectories(Path.of(folder));
    for (Theme theme : Theme.values()) {
      WritableImage[] shot = new WritableImage[1];
      robot.interact(theme::apply);
      WaitForAsyncUtils.waitForFxEvents();
      robot.interact(() -> shot[0] = scene.snapshot(null));
      String file = name + "-" + theme.name().toLowerCase() + ".png";
      WindowImages.writePng(shot[0], Path.of(folder, file));
    }
    robot.interact(Theme.LIGHT::apply);
  }
}
