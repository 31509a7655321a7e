package org.careercoach.desktop.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.careercoach.desktop.app.Theme;
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
      PixelReader pixels = shot[0].getPixelReader();
      int width = (int) shot[0].getWidth();
      int height = (int) shot[0].getHeight();
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          image.setRGB(x, y, pixels.getArgb(x, y));
        }
      }
      String file = name + "-" + theme.name().toLowerCase() + ".png";
      ImageIO.write(image, "png", Path.of(folder, file).toFile());
    }
    robot.interact(Theme.LIGHT::apply);
  }
}
