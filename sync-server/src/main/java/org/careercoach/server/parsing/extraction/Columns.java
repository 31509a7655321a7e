package org.careercoach.server.parsing.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.careercoach.server.parsing.text.DateRanges;
import org.careercoach.server.parsing.text.Glyphs;

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
    if (Float.isNaN(edge) || page.isEmpty()) {
      // A page without text (after pages with columns) has nothing to order.
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
      List<Float> leftEnds = new ArrayList<>();
      List<Glyphs> leftGlyphs = new ArrayList<>();
      List<Glyphs> rightGlyphs = new ArrayList<>();
      List<String> rightSegments = new ArrayList<>();
      List<Float> rightStarts = new ArrayList<>();
      List<Float> rightEnds = new ArrayList<>();
      for (int i = 0; i < line.segments().size(); i++) {
        boolean isRight = line.starts().get(i) >= edge - TOLERANCE;
        (isRight ? rightSegments : leftSegments).add(line.segments().get(i));
        (isRight ? rightStarts : leftStarts).add(line.starts().get(i));
        (isRight ? rightEnds : leftEnds).add(line.ends().get(i));
        (isRight ? rightGlyphs : leftGlyphs).add(line.glyphs().get(i));
      }
      if (!leftSegments.isEmpty()) {
        left.add(
            new PageLine(
                leftSegments, leftStarts, leftEnds, line.fontSize(), line.bold(), leftGlyphs));
      }
      if (!rightSegments.isEmpty()) {
        right.add(
            new PageLine(
                rightSegments,
                rightStarts,
                rightEnds,
                line.fontSize(),
                line.bold(),
                1,
                rightGlyphs));
      }
    }
    List<PageLine> ordered = new ArrayList<>(banner);
    if (isLabelGutter(left, right)) {
      ordered.addAll(labelsBeforeTheirText(left, right));
      return ordered;
    }
    ordered.addAll(left);
    ordered.addAll(right);
    return ordered;
  }

  /**
   * Whether the left "column" holds only labels for the text beside it (section headings set in a
   * gutter, as many HTML themes and LaTeX classes do): a few short lines against a full column.
   * Read column by column, every heading would come before all the text it heads.
   */
  static boolean isLabelGutter(List<PageLine> left, List<PageLine> right) {
    if (left.isEmpty() || left.size() * 3 > right.size()) {
      return false;
    }
    int shortLines = 0;
    for (PageLine line : left) {
      String text = String.join(" ", line.segments()).strip();
      if (line.segments().size() == 1 && text.split("\\s+").length <= 3 && !text.contains("@")) {
        shortLines++;
      }
    }
    return shortLines * 10 >= left.size() * 8 && sparse(left);
  }

  /**
   * Whether the left lines stand apart like labels, each with space above it (a label set over two
   * lines has one close pair), rather than run on at line spacing like a sidebar's contacts and
   * skill list — which are short lines too, but a column of their own.
   */
  private static boolean sparse(List<PageLine> left) {
    int close = 0;
    float lastBottom = Float.NaN;
    for (PageLine line : left) {
      float[] box = line.glyphs().get(0).box(0, line.glyphs().get(0).length());
      if (box == null) {
        return false;
      }
      if (!Float.isNaN(lastBottom) && box[1] - lastBottom < line.fontSize() * 0.8f) {
        close++;
      }
      lastBottom = box[1] + box[3];
    }
    return close * 2 <= left.size();
  }

  /**
   * The gutter's labels each put before the first line of text at its height, a label set over two
   * lines ("Community" over "Involvement") first joined into one.
   */
  private static List<PageLine> labelsBeforeTheirText(List<PageLine> left, List<PageLine> right) {
    List<PageLine> labels = new ArrayList<>();
    List<Float> labelTops = new ArrayList<>();
    float lastBottom = Float.NaN;
    for (PageLine line : left) {
      float[] box = line.glyphs().get(0).box(0, line.glyphs().get(0).length());
      float top = box == null ? Float.NaN : box[1];
      float bottom = box == null ? Float.NaN : box[1] + box[3];
      int last = labels.size() - 1;
      if (last >= 0
          && !Float.isNaN(lastBottom)
          && top - lastBottom < Math.max(line.fontSize(), labels.get(last).fontSize()) * 0.8f) {
        labels.set(last, joined(labels.get(last), line));
      } else {
        labels.add(line);
        labelTops.add(top);
      }
      lastBottom = bottom;
    }
    List<PageLine> ordered = new ArrayList<>();
    int next = 0;
    for (PageLine line : right) {
      float[] box = line.glyphs().get(0).box(0, line.glyphs().get(0).length());
      float top = box == null ? Float.NaN : box[1];
      while (next < labels.size()
          && !Float.isNaN(top)
          && !(labelTops.get(next) > top + line.fontSize())) {
        ordered.add(labels.get(next++));
      }
      // One flow: the text is read in the labels' column, so each label heads what follows it.
      ordered.add(
          new PageLine(
              line.segments(),
              line.starts(),
              line.ends(),
              line.fontSize(),
              line.bold(),
              0,
              line.glyphs()));
    }
    ordered.addAll(labels.subList(next, labels.size()));
    return ordered;
  }

  private static PageLine joined(PageLine first, PageLine second) {
    String text = String.join(" ", first.segments()) + " " + String.join(" ", second.segments());
    List<Glyphs> glyphs = new ArrayList<>(first.glyphs());
    glyphs.addAll(second.glyphs());
    return new PageLine(
        List.of(text),
        List.of(first.starts().get(0)),
        List.of(Math.max(first.ends().get(first.ends().size() - 1), second.ends().get(0))),
        Math.max(first.fontSize(), second.fontSize()),
        first.bold() || second.bold(),
        first.column(),
        List.of(Glyphs.join(glyphs, 1)));
  }

  /**
   * The x where a second column starts, or NaN when the page has one column. A column edge is an x
   * where many lines begin well right of the left margin (a right-aligned date never begins a line,
   * and a centred name is one line), that no text of the left side runs across (an indented bullet
   * list is not a column: the paragraphs around it run over its edge), and whose left side is not a
   * timeline's gutter of dates.
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
    float bannerSize = medianFontSize(page) * 1.6f;
    List<float[]> bands = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int count = 0;
      for (int k = i; k < starts.size() && starts.get(k) <= starts.get(i) + BAND; k++) {
        count++;
      }
      bands.add(new float[] {starts.get(i), count});
    }
    bands.sort((a, b) -> Float.compare(b[1], a[1]));
    for (float[] band : bands) {
      float edge = band[0];
      if (beginsManyLines(page, edge)
          && !isRunAcross(page, edge, bannerSize)
          && !isDateGutter(page, edge)) {
        return edge;
      }
    }
    return Float.NaN;
  }

  /**
   * Whether text starts at the edge on at least a fifth of the lines, and mostly not as
   * right-aligned pieces (dates set flush right start at one x too, but also end at one x).
   */
  private static boolean beginsManyLines(List<PageLine> page, float edge) {
    float rightMost = 0;
    for (PageLine line : page) {
      for (float end : line.ends()) {
        rightMost = Math.max(rightMost, end);
      }
    }
    int lines = 0;
    int flushRight = 0;
    for (PageLine line : page) {
      for (int i = 0; i < line.segments().size(); i++) {
        float x = line.starts().get(i);
        if (x >= edge - TOLERANCE && x <= edge + BAND) {
          lines++;
          if (line.ends().get(i) >= rightMost - TOLERANCE) {
            flushRight++;
          }
          break;
        }
      }
    }
    return lines * 5 >= page.size() && flushRight * 2 < lines;
  }

  /**
   * Whether more than a stray line or two of normal-size text starts left of the edge and runs over
   * it.
   */
  private static boolean isRunAcross(List<PageLine> page, float edge, float bannerSize) {
    int crossing = 0;
    for (PageLine line : page) {
      if (line.fontSize() >= bannerSize) {
        continue;
      }
      for (int i = 0; i < line.segments().size(); i++) {
        if (line.starts().get(i) < edge - TOLERANCE && line.ends().get(i) > edge + TOLERANCE) {
          crossing++;
          break;
        }
      }
    }
    return crossing > Math.max(1, page.size() / 20);
  }

  /**
   * Whether the left "column" is a timeline's gutter rather than a sidebar: on the lines that have
   * text on both sides, the left side is mostly a date ("2019 – 2021 Engineer, Acme"). Read column
   * by column, such a page would part every job from its dates.
   */
  private static boolean isDateGutter(List<PageLine> page, float edge) {
    int shared = 0;
    int dated = 0;
    for (PageLine line : page) {
      StringBuilder left = new StringBuilder();
      boolean hasRight = false;
      for (int i = 0; i < line.segments().size(); i++) {
        if (line.starts().get(i) >= edge - TOLERANCE) {
          hasRight = true;
        } else {
          left.append(line.segments().get(i)).append(' ');
        }
      }
      if (hasRight && left.length() > 0) {
        shared++;
        String text = left.toString().strip();
        if (DateRanges.find(text).map(d -> d.remove(text).isBlank()).orElse(false)) {
          dated++;
        }
      }
    }
    return shared >= 2 && dated * 10 >= shared * 6;
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
