package org.careercoach.server.parsing.extraction;

import java.util.List;
import org.careercoach.server.parsing.text.Glyphs;

/**
 * A line of a PDF page before reading order is settled: its segments, where each starts and ends,
 * and where each character of each segment stands on the page.
 */
record PageLine(
    List<String> segments,
    List<Float> starts,
    List<Float> ends,
    float fontSize,
    boolean bold,
    int column,
    List<Glyphs> glyphs) {

  PageLine(
      List<String> segments,
      List<Float> starts,
      List<Float> ends,
      float fontSize,
      boolean bold,
      List<Glyphs> glyphs) {
    this(segments, starts, ends, fontSize, bold, 0, glyphs);
  }

  /** The top of the line's first segment on the page, or NaN where it has no box. */
  float top() {
    float[] box = glyphs.get(0).box(0, glyphs.get(0).length());
    return box == null ? Float.NaN : box[1];
  }

  /** The bottom of the line's first segment on the page, or NaN where it has no box. */
  float bottom() {
    float[] box = glyphs.get(0).box(0, glyphs.get(0).length());
    return box == null ? Float.NaN : box[1] + box[3];
  }
}
