package org.careercoach.desktop.ui.common;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.careercoach.desktop.service.preview.PageImage;

/** Rendered pages on screen: the preview's and the review's. */
public final class PageImages {

  private PageImages() {}

  /** A view of {@code page}, kept in proportion and smoothed when scaled. */
  public static ImageView view(PageImage page) {
    WritableImage image = new WritableImage(page.width(), page.height());
    image
        .getPixelWriter()
        .setPixels(
            0,
            0,
            page.width(),
            page.height(),
            PixelFormat.getIntArgbInstance(),
            page.argb(),
            0,
            page.width());
    ImageView view = new ImageView(image);
    view.setPreserveRatio(true);
    view.setSmooth(true);
    return view;
  }
}
