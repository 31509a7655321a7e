package org.careercoach.server.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Puts a page with two columns (a sidebar beside the main text) into reading order: a large banner
 * line (the name) first, then the left column from top to bottom, then the right one.
 */
final class Columns {

  private static final float BAND = 24f;
  private static final float TOLERANCE = 6f;
  private static final float MIN_COLUMN_OFFSET = 72f;

  private Columns() {}

  /**
   * The page in reading order. {@code previousEdge} is the column edge of earlier pages (NaN if
   * none): a page where the sidebar has ended still has its main column there.
   */
  static List<PageLine> readingOrder(List<PageLine> page, float previousEdge) {
    float edge = edge(page);
    if (Float.isNaN(edge)) {
      edge = previousEdge;
    }
    if (Float.isNaN(edge)) {
      return page;
    }
    List<PageLine> banner = new ArrayList<>();
    List<PageLine> left = new ArrayList<>();
    List<PageLine> right = new ArrayList<>();
    float bannerSize = medianFontSize(page) * 1.6f;
    for (PageLine line : page) {
      if (line.fontSize() >= bannerSize && line.segments().size() == 1) {
        // A name set large across the top is read first, whichever column it starts in.
        banner.add(line);
        continue;
      }
      List<String> leftSegments = new ArrayList<>();
      List<Float> leftStarts = new ArrayList<>();
      List<String> rightSegments = new ArrayList<>();
      List<Float> rightStarts = new ArrayList<>();
      for (int i = 0; i < line.segments().size(); i++) {
        boolean isRight = line.starts().get(i) >= edge - TOLERANCE;
        (isRight ? rightSegments : leftSegments).add(line.segments().get(i));
        (isRight ? rightStarts : leftStarts).add(line.starts().get(i));
      }
      if (!leftSegments.isEmpty()) {
        left.add(new PageLine(leftSegments, leftStarts, line.fontSize(), line.bold()));
      }
      if (!rightSegments.isEmpty()) {
        right.add(new PageLine(rightSegments, rightStarts, line.fontSize(), line.bold(), 1));
      }
    }
    List<PageLine> ordered = new ArrayList<>(banner);
    ordered.addAll(left);
    ordered.addAll(right);
    return ordered;
  }

  /**
   * The x where a second column starts, or NaN when the page has one column: many lines begin well
   * right of the left margin at about the same x. (A right-aligned date never begins a line, and a
   * centred name is one line.)
   */
  static float edge(List<PageLine> page) {
    if (page.size() < 8) {
      return Float.NaN;
    }
    float margin = Float.MAX_VALUE;
    for (PageLine line : page) {
      margin = Math.min(margin, line.starts().get(0));
    }
    List<Float> starts = new ArrayList<>();
    for (PageLine line : page) {
      for (float x : line.starts()) {
        if (x > margin + MIN_COLUMN_OFFSET) {
          starts.add(x);
        }
      }
    }
    starts.sort(Float::compare);
    float edge = Float.NaN;
    int bestCount = 0;
    for (int i = 0; i < starts.size(); i++) {
      int count = 0;
      for (int k = i; k < starts.size() && starts.get(k) <= starts.get(i) + BAND; k++) {
        count++;
      }
      if (count > bestCount) {
        bestCount = count;
        edge = starts.get(i);
      }
    }
    if (Float.isNaN(edge)) {
      return Float.NaN;
    }
    int lineStarts = 0;
    for (PageLine line : page) {
      float first = line.starts().get(0);
      if (first >= edge - TOLERANCE && first <= edge + BAND) {
        lineStarts++;
      }
    }
    return lineStarts * 5 >= page.size() ? edge : Float.NaN;
  }

  private static float medianFontSize(List<PageLine> page) {
    float[] sizes = new float[page.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = page.get(i).fontSize();
    }
    Arrays.sort(sizes);
    return sizes[sizes.length / 2];
  }
}
