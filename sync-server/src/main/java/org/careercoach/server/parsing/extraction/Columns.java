package org.careercoach.server.parsing.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

  /** Lines of a header above both columns that may run across the column edge. */
  private static final int HEADER_LINES = 3;

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
    float columnsTop = columnsTop(page, edge);
    for (PageLine line : page) {
      if (line.fontSize() >= bannerSize && line.segments().size() == 1
          || line.bottom() <= columnsTop) {
        // A name set large across the top is read first, whichever column it starts in; so is a
        // header above where the second column begins.
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
    if (LabelGutter.isLabelGutter(left, right)) {
      ordered.addAll(LabelGutter.labelsBeforeTheirText(left, right));
      return ordered;
    }
    ordered.addAll(left);
    ordered.addAll(right);
    return ordered;
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
          && !isDateGutter(page, edge)
          && !isKeyColumn(page, edge)) {
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
   * it, below the page's header (the lines above the first that begins at the edge: a name and
   * contacts set across the page above both columns).
   */
  private static boolean isRunAcross(List<PageLine> page, float edge, float bannerSize) {
    float columnsTop = columnsTop(page, edge);
    int crossing = 0;
    int inHeader = 0;
    for (PageLine line : page) {
      if (line.fontSize() >= bannerSize) {
        continue;
      }
      for (int i = 0; i < line.segments().size(); i++) {
        if (line.starts().get(i) < edge - TOLERANCE && line.ends().get(i) > edge + TOLERANCE) {
          if (line.bottom() <= columnsTop && isHeaderLine(line)) {
            inHeader++;
          } else {
            crossing++;
          }
          break;
        }
      }
    }
    return crossing + (inHeader > HEADER_LINES ? inHeader : 0) > Math.max(1, page.size() / 20);
  }

  /**
   * A header's line above the columns: a name and title, or contacts ("jo@mail.com | 07702 142235 |
   * Mumbai"); a paragraph run across above the columns (a summary) is no header and tells, like any
   * other, that the page has one column.
   */
  private static boolean isHeaderLine(PageLine line) {
    String text = String.join(" ", line.segments()).strip();
    return text.split("\\s+").length <= 10 && !text.endsWith(".");
  }

  /** The top of the page's first line that begins at the column edge: where the columns start. */
  private static float columnsTop(List<PageLine> page, float edge) {
    float columnsTop = Float.MAX_VALUE;
    for (PageLine line : page) {
      for (float x : line.starts()) {
        if (x >= edge - TOLERANCE && x <= edge + BAND && !Float.isNaN(line.top())) {
          columnsTop = Math.min(columnsTop, line.top());
        }
      }
    }
    return columnsTop;
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

  /**
   * Whether the left "column" holds the keys of a form whose values stand beside them (Europass:
   * "Name of employer" set flush right against a rule, "Acme Ltd" level with it): half the lines of
   * text or more have a key beside them, on most of those the key is a few words ending at one x,
   * and a key comes back ("Dates" for each entry), as a section's heading in a margin never does.
   * Read column by column, every key would part from its value; read across, each line says what
   * its value is.
   */
  private static boolean isKeyColumn(List<PageLine> page, float edge) {
    List<Float> keyEnds = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    boolean repeated = false;
    int shared = 0;
    int withText = 0;
    for (PageLine line : page) {
      int i = 0;
      while (i < line.segments().size() && line.starts().get(i) < edge - TOLERANCE) {
        i++;
      }
      if (i < line.segments().size()) {
        withText++;
      }
      if (i == 1 && i < line.segments().size()) {
        shared++;
        String key = line.segments().get(0).strip();
        if (key.split("\\s+").length <= 5 && !key.matches(".*\\d.*")) {
          keyEnds.add(line.ends().get(0));
          repeated |= !keys.add(key.toLowerCase(Locale.ROOT));
        }
      }
    }
    // Most values have their key beside them; a gutter's headings stand beside a few lines only.
    if (!repeated || shared < 4 || shared * 2 < withText || keyEnds.size() * 10 < shared * 7) {
      return false;
    }
    float flush = 0;
    for (float end : keyEnds) {
      flush = Math.max(flush, end);
    }
    int atFlush = 0;
    for (float end : keyEnds) {
      if (end >= flush - TOLERANCE / 2) {
        atFlush++;
      }
    }
    return atFlush * 10 >= shared * 7;
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
