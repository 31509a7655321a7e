package org.careercoach.desktop.service.preview;

/**
 * One rendered page of the preview as plain pixels, so view models and renderers need no toolkit.
 *
 * @param width in pixels
 * @param height in pixels
 * @param argb the pixels row by row, non-premultiplied ARGB
 */
public record PageImage(int width, int height, int[] argb) {

  public PageImage {
    if (width <= 0 || height <= 0 || argb.length != width * height) {
      throw new IllegalArgumentException("a page of " + width + "x" + height + " pixels");
    }
  }
}
