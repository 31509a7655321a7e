package org.careercoach.server.parsing.text;

import java.util.Arrays;
import java.util.List;

/**
 * Where each character of a PDF line's text stands on its page: a box per character, in points from
 * the page's top-left corner as the page is shown (its rotation and crop box applied). A space the
 * reader put between two pieces has no box. Kept so a field can point at the very words it came
 * from, not merely at its line.
 */
public final class Glyphs {

  private final float[] boxes;

  private Glyphs(float[] boxes) {
    this.boxes = boxes;
  }

  /** The number of characters described. */
  public int length() {
    return boxes.length / 4;
  }

  /**
   * The smallest rectangle around characters {@code from} (inclusive) to {@code to} (exclusive):
   * {x, y, width, height}, or null when none of them has a box.
   */
  public float[] box(int from, int to) {
    float left = Float.MAX_VALUE;
    float top = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    float bottom = -Float.MAX_VALUE;
    for (int i = Math.max(0, from); i < Math.min(to, length()); i++) {
      if (Float.isNaN(boxes[i * 4])) {
        continue;
      }
      left = Math.min(left, boxes[i * 4]);
      top = Math.min(top, boxes[i * 4 + 1]);
      right = Math.max(right, boxes[i * 4 + 2]);
      bottom = Math.max(bottom, boxes[i * 4 + 3]);
    }
    return left == Float.MAX_VALUE ? null : new float[] {left, top, right - left, bottom - top};
  }

  /** The characters from {@code from} to {@code to}. */
  public Glyphs slice(int from, int to) {
    return new Glyphs(Arrays.copyOfRange(boxes, from * 4, to * 4));
  }

  /** Pieces joined with {@code separator} characters (without boxes) between them. */
  public static Glyphs join(List<Glyphs> pieces, int separator) {
    Builder joined = new Builder();
    for (int i = 0; i < pieces.size(); i++) {
      if (i > 0) {
        for (int s = 0; s < separator; s++) {
          joined.gap();
        }
      }
      joined.append(pieces.get(i));
    }
    return joined.build();
  }

  /** Collects boxes character by character. */
  public static final class Builder {
    private float[] boxes = new float[64];
    private int size;

    /** A character's box by its corners. */
    public Builder add(float left, float top, float right, float bottom) {
      if (size + 4 > boxes.length) {
        boxes = Arrays.copyOf(boxes, boxes.length * 2);
      }
      boxes[size++] = left;
      boxes[size++] = top;
      boxes[size++] = right;
      boxes[size++] = bottom;
      return this;
    }

    /** A character that stands nowhere: a space put between pieces. */
    public Builder gap() {
      return add(Float.NaN, Float.NaN, Float.NaN, Float.NaN);
    }

    public Builder append(Glyphs glyphs) {
      for (int i = 0; i < glyphs.boxes.length; i += 4) {
        add(glyphs.boxes[i], glyphs.boxes[i + 1], glyphs.boxes[i + 2], glyphs.boxes[i + 3]);
      }
      return this;
    }

    public int length() {
      return size / 4;
    }

    public void clear() {
      size = 0;
    }

    public Glyphs build() {
      return new Glyphs(Arrays.copyOf(boxes, size));
    }
  }
}
