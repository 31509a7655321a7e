package org.careercoach.server.parsing.learning;

import java.util.List;
import org.careercoach.server.parsing.text.Line;

/**
 * A line as extraction gives it, with nothing read into it yet: what the corpus's line records
 * keep, and what {@link LineFeatures} look at, so training and reading see the same data.
 *
 * @param segments the line's pieces (split at wide gaps or tabs)
 * @param page the page, from 1
 * @param fontSize the dominant font size in points, 0 when unknown
 * @param bold whether most of the line is bold
 * @param column 0, or 1 for a sidebar page's right column
 * @param box {x, y, width, height} in points from the page's top-left corner, or null when the
 *     format has no positions (DOCX, plain text)
 */
public record LayoutLine(
    List<String> segments, int page, float fontSize, boolean bold, int column, float[] box) {

  public LayoutLine {
    segments = List.copyOf(segments);
    if (box != null && box.length != 4) {
      throw new IllegalArgumentException("a box is {x, y, width, height}");
    }
  }

  public static LayoutLine of(Line line) {
    return new LayoutLine(
        line.segments(), line.page(), line.fontSize(), line.bold(), line.column(), line.box());
  }

  public static List<LayoutLine> of(List<Line> lines) {
    return lines.stream().map(LayoutLine::of).toList();
  }

  public String text() {
    return String.join(" ", segments);
  }

  public boolean isBlank() {
    return segments.stream().allMatch(String::isBlank);
  }
}
