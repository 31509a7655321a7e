package org.careercoach.desktop.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** A snapshot of the window as a PNG file: for the smoke test and the docs' screenshots. */
public final class WindowImages {

  private WindowImages() {}

  public static void writePng(WritableImage shot, Path file) throws IOException {
    int width = (int) shot.getWidth();
    int height = (int) shot.getHeight();
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = shot.getPixelReader();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    ImageIO.write(image, "png", file.toFile());
  }
}
