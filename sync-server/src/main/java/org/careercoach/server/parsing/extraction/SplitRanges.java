package org.careercoach.server.parsing.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careercoach.server.parsing.text.DateRanges;
import org.careercoach.server.parsing.text.Glyphs;

/**
 * Joins a date range that a narrow margin column broke over two lines ("10/2018 until" over
 * "3/2023", as moderncv sets its dates): the end moves up to its start, and the line below keeps
 * only its own text; and a first year stacked over a last one.
 */
final class SplitRanges {

  private static final float TOLERANCE = 6f;

  private static final Pattern LONE_YEAR = Pattern.compile("((?:19|20)\\d\\d)");

  private SplitRanges() {}

  static List<PageLine> join(List<PageLine> page) {
    List<PageLine> lines = new ArrayList<>(page);
    for (int i = 0; i + 1 < lines.size(); i++) {
      PageLine line = lines.get(i);
      PageLine next = lines.get(i + 1);
      for (int k = 0; k < line.segments().size(); k++) {
        if (!DateRanges.endsOpen(line.segments().get(k))) {
          continue;
        }
        int below = segmentUnder(line, k, next);
        if (below < 0) {
          continue;
        }
        String text = next.segments().get(below);
        int length = DateRanges.leadingDate(text);
        if (length == 0) {
          continue;
        }
        lines.set(i, withEnd(line, k, next, below, length, " ", 1));
        lines.set(i + 1, withoutEnd(next, below, length));
        break;
      }
    }
    lines.removeIf(l -> l.segments().isEmpty());
    return lines;
  }

  /**
   * Joins a first year stacked over a last one in a column's margin ("2006" over "2010"), within
   * one column: read before the page's columns are known, such a margin looks like a column edge.
   */
  static List<PageLine> joinStacked(List<PageLine> column) {
    List<PageLine> lines = new ArrayList<>(column);
    for (int i = 0; i + 1 < lines.size(); i++) {
      PageLine line = lines.get(i);
      PageLine next = lines.get(i + 1);
      int stacked = stackedRange(line, next);
      if (stacked >= 0) {
        int below = segmentUnder(line, stacked, next);
        int length = next.segments().get(below).length();
        lines.set(i, withEnd(line, stacked, next, below, length, " – ", 3));
        lines.set(i + 1, withoutEnd(next, below, length));
      }
    }
    lines.removeIf(l -> l.segments().isEmpty());
    return lines;
  }

  /**
   * "2006 ‖ Ohio State University" over "2010": a margin that stacks an entry's first year over its
   * last, with no dash between (a sidebar's timeline). Both are lone years, the later one below it;
   * text follows the first. The segment of the first year, or -1.
   */
  private static int stackedRange(PageLine line, PageLine next) {
    for (int k = 0; k + 1 < line.segments().size(); k++) {
      Matcher first = LONE_YEAR.matcher(line.segments().get(k).strip());
      if (!first.matches()) {
        continue;
      }
      int below = segmentUnder(line, k, next);
      if (below < 0) {
        continue;
      }
      Matcher last = LONE_YEAR.matcher(next.segments().get(below).strip());
      if (last.matches() && Integer.parseInt(last.group(1)) >= Integer.parseInt(first.group(1))) {
        return k;
      }
    }
    return -1;
  }

  /** The segment of the next line that stands under segment {@code k}: same start or same end. */
  private static int segmentUnder(PageLine line, int k, PageLine next) {
    float start = line.starts().get(k);
    float end = line.ends().get(k);
    for (int j = 0; j < next.segments().size(); j++) {
      if (Math.abs(next.starts().get(j) - start) <= TOLERANCE
          || (next.starts().get(j) >= start - TOLERANCE && next.starts().get(j) <= end)) {
        return j;
      }
    }
    return -1;
  }

  private static PageLine withEnd(
      PageLine line, int k, PageLine next, int below, int length, String joint, int gaps) {
    String end = next.segments().get(below).substring(0, length).strip();
    int lead = next.segments().get(below).indexOf(end);
    List<String> segments = new ArrayList<>(line.segments());
    segments.set(k, segments.get(k) + joint + end);
    List<Glyphs> glyphs = new ArrayList<>(line.glyphs());
    glyphs.set(
        k,
        Glyphs.join(
            List.of(
                line.glyphs().get(k), next.glyphs().get(below).slice(lead, lead + end.length())),
            gaps));
    List<Float> ends = new ArrayList<>(line.ends());
    ends.set(k, Math.max(ends.get(k), next.ends().get(below)));
    return new PageLine(
        segments, line.starts(), ends, line.fontSize(), line.bold(), line.column(), glyphs);
  }

  private static PageLine withoutEnd(PageLine next, int below, int length) {
    String segment = next.segments().get(below);
    String rest = segment.substring(length).strip();
    List<String> segments = new ArrayList<>(next.segments());
    List<Float> starts = new ArrayList<>(next.starts());
    List<Float> ends = new ArrayList<>(next.ends());
    List<Glyphs> glyphs = new ArrayList<>(next.glyphs());
    if (rest.isEmpty()) {
      segments.remove(below);
      starts.remove(below);
      ends.remove(below);
      glyphs.remove(below);
    } else {
      int from = segment.indexOf(rest, length);
      segments.set(below, rest);
      glyphs.set(below, next.glyphs().get(below).slice(from, from + rest.length()));
    }
    return new PageLine(
        segments, starts, ends, next.fontSize(), next.bold(), next.column(), glyphs);
  }
}
