package org.careercoach.server.parsing.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.careercoach.server.parsing.text.DateRanges;
import org.careercoach.server.parsing.text.Glyphs;

/**
 * A narrow margin of dates beside the text (moderncv's): where the margin's text stands too close
 * to the body to be a segment of its own ("Oct, Clinical Nurse Specialist, Acme"), it is cut off at
 * the body's left edge; and a margin entry broken over lines ("Oct," over "2014–May," over "2020")
 * is joined again on its first line, which heads the entry.
 */
final class MarginColumn {

  /** Points left of the body's edge where margin text starts at the latest. */
  private static final float GAP = 4f;

  /** A margin piece that goes on below: it ends in a comma, a dash, "to" or a month. */
  private static final Pattern OPEN =
      Pattern.compile(
          "(?i)(?:,|[-–—]|\\bto|\\buntil|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov"
              + "|dec)[a-z]*\\.?)$");

  private static final int MAX_MARGIN_WORDS = 3;

  /** A month alone, as a margin breaks "Oct, 2014" after it. */
  private static final Pattern MONTH =
      Pattern.compile("(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?");

  private MarginColumn() {}

  /** The page with its margin cut off the body and its broken margin entries joined. */
  static List<PageLine> split(List<PageLine> page) {
    float body = bodyEdge(page);
    if (Float.isNaN(body)) {
      return page;
    }
    List<PageLine> cut = new ArrayList<>(page.size());
    int withMargin = 0;
    for (PageLine line : page) {
      PageLine split = cutAt(line, body);
      if (split != line || hasMarginOnly(line, body)) {
        withMargin++;
      }
      cut.add(split);
    }
    return withMargin >= 2 ? joinBroken(cut, body) : page;
  }

  /**
   * The x most segments start at, where it lies well right of the page's leftmost text: the body of
   * a page with a margin; NaN when there is no such margin.
   */
  private static float bodyEdge(List<PageLine> page) {
    Map<Integer, Integer> counts = new HashMap<>();
    float left = Float.MAX_VALUE;
    for (PageLine line : page) {
      if (!line.starts().isEmpty()) {
        left = Math.min(left, line.starts().get(0));
        counts.merge(Math.round(line.starts().get(0)), 1, Integer::sum);
      }
    }
    int best = -1;
    int most = 0;
    for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > most) {
        most = entry.getValue();
        best = entry.getKey();
      }
    }
    boolean margin = best - left >= 36 && most >= 4 && most * 5 >= page.size();
    return margin ? best : Float.NaN;
  }

  /** The line with its first segment cut where the body starts, when the margin runs into it. */
  private static PageLine cutAt(PageLine line, float body) {
    if (line.segments().isEmpty() || line.starts().get(0) >= body - GAP) {
      return line;
    }
    String text = line.segments().get(0);
    Glyphs glyphs = line.glyphs().get(0);
    int cut = -1;
    float before = Float.NaN;
    for (int i = 0; i < text.length() && i < glyphs.length(); i++) {
      float[] box = glyphs.box(i, i + 1);
      if (box == null) {
        continue;
      }
      if (!Float.isNaN(before) && box[0] >= body - 1 && before < body - 2) {
        cut = i;
        break;
      }
      before = box[0] + box[2];
    }
    if (cut < 0) {
      return line;
    }
    String margin = text.substring(0, cut).strip();
    String rest = text.substring(cut).strip();
    if (margin.isEmpty()
        || rest.isEmpty()
        || words(margin) > MAX_MARGIN_WORDS
        || !isDateLike(margin)) {
      return line;
    }
    int restFrom = text.indexOf(rest, cut);
    int marginFrom = text.indexOf(margin);
    List<String> segments = new ArrayList<>(line.segments());
    List<Float> starts = new ArrayList<>(line.starts());
    List<Float> ends = new ArrayList<>(line.ends());
    List<Glyphs> parts = new ArrayList<>(line.glyphs());
    float[] marginBox = glyphs.box(marginFrom, marginFrom + margin.length());
    float[] restBox = glyphs.box(restFrom, restFrom + rest.length());
    if (marginBox == null || restBox == null) {
      return line;
    }
    segments.set(0, rest);
    segments.add(0, margin);
    starts.set(0, restBox[0]);
    starts.add(0, marginBox[0]);
    ends.add(0, marginBox[0] + marginBox[2]);
    parts.set(0, glyphs.slice(restFrom, restFrom + rest.length()));
    parts.add(0, glyphs.slice(marginFrom, marginFrom + margin.length()));
    return new PageLine(segments, starts, ends, line.fontSize(), line.bold(), line.column(), parts);
  }

  /** A line whose only text stands in the margin ("2020" under "2014–May,"). */
  private static boolean hasMarginOnly(PageLine line, float body) {
    return line.segments().size() == 1 && startsInMargin(line, body);
  }

  /**
   * A piece of a date: a year or a month. Only dates are cut off the body: a margin of headings
   * ("Selected" over "Experience") is read as a column's.
   */
  private static boolean isDateLike(String text) {
    return text.matches(".*\\d.*")
        || DateRanges.leadingDate(text) > 0
        || MONTH.matcher(text).matches();
  }

  /**
   * Joins each margin piece that goes on ("Oct,", "2014–May,") with the margin text of the line
   * under it, on the upper line; a line left empty goes.
   */
  private static List<PageLine> joinBroken(List<PageLine> page, float body) {
    List<PageLine> lines = new ArrayList<>(page);
    for (int i = 0; i < lines.size(); i++) {
      if (!startsInMargin(lines.get(i), body)) {
        continue;
      }
      int j = i + 1;
      // "Oct," then "2014–May," (beside a bullet) then "2020": each goes on the piece above.
      while (j < lines.size()
          && OPEN.matcher(lines.get(i).segments().get(0).strip()).find()
          && startsInMargin(lines.get(j), body)) {
        lines.set(i, withPieceOf(lines.get(i), lines.get(j)));
        lines.set(j, withoutFirst(lines.get(j)));
        if (lines.get(j).segments().isEmpty()) {
          lines.remove(j);
        } else {
          j++;
        }
      }
    }
    return lines;
  }

  /** The line with the margin piece of a line below joined to its own. */
  private static PageLine withPieceOf(PageLine line, PageLine next) {
    String joined = line.segments().get(0).strip() + " " + next.segments().get(0).strip();
    List<String> segments = new ArrayList<>(line.segments());
    segments.set(0, joined);
    List<Float> ends = new ArrayList<>(line.ends());
    ends.set(0, Math.max(ends.get(0), next.ends().get(0)));
    List<Glyphs> glyphs = new ArrayList<>(line.glyphs());
    glyphs.set(0, Glyphs.join(List.of(line.glyphs().get(0), next.glyphs().get(0)), 1));
    return new PageLine(
        segments, line.starts(), ends, line.fontSize(), line.bold(), line.column(), glyphs);
  }

  private static boolean startsInMargin(PageLine line, float body) {
    return !line.segments().isEmpty()
        && line.ends().get(0) < body - 2
        && words(line.segments().get(0)) <= MAX_MARGIN_WORDS
        && isDateLike(line.segments().get(0));
  }

  private static PageLine withoutFirst(PageLine line) {
    return new PageLine(
        line.segments().subList(1, line.segments().size()),
        line.starts().subList(1, line.starts().size()),
        line.ends().subList(1, line.ends().size()),
        line.fontSize(),
        line.bold(),
        line.column(),
        line.glyphs().subList(1, line.glyphs().size()));
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
