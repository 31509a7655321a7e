package org.careercoach.server.parsing.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.careercoach.model.resume.PartialDate;

/**
 * Finds a field's value again among the lines it was read from: its text (case, runs of spaces,
 * dashes and quotes aside), or for a date the text that wrote that date, so the field can point at
 * its line and, in a PDF, at the very words on the page.
 */
final class FieldLocator {

  /** How a value was found, and how much that adds to or takes from the parser's confidence. */
  enum Quality {
    /** On one line of the part of the document it was read from. */
    IN_PLACE(1.0),
    /** Running over several lines of that part (a summary, a wrapped bullet). */
    ACROSS_LINES(0.97),
    /** Only elsewhere in the document: the parser may have put it in the wrong place. */
    ELSEWHERE(0.75),
    /** Not as written, but derived from a neighbour that was found ("GitHub" from its URL). */
    BESIDE(0.7),
    /** Nowhere: reworded, or not in the document at all. */
    NOT_FOUND(0.5);

    final double factor;

    Quality(double factor) {
      this.factor = factor;
    }
  }

  /** Where a value was found: its (first) line and the box of its text there, if any. */
  record Located(Line line, float[] box, Quality quality) {
    static final Located NOWHERE = new Located(null, null, Quality.NOT_FOUND);
  }

  /** A text folded for comparison, with the index in the original of each folded character. */
  private record Folded(String text, int[] origin) {}

  /** Lines run together (blank ones left out), with each character's line and place in it. */
  private record Run(String text, int[] line, int[] at, List<Line> lines) {}

  private final List<Line> all;
  private final Map<Line, Folded> folded = new IdentityHashMap<>();
  private final Map<List<Line>, Run> runs = new IdentityHashMap<>();

  FieldLocator(List<Line> all) {
    this.all = all;
  }

  /**
   * Finds {@code value} of the field named {@code key}: on {@code anchor} first (the line the
   * parser took it from, when it knows), then among {@code scope} (the lines of its entry or
   * section), then anywhere.
   */
  Located locate(String key, String value, Line anchor, List<Line> scope) {
    if (value == null || value.isBlank()) {
      return Located.NOWHERE;
    }
    if (isDate(key)) {
      Optional<PartialDate> date = parseDate(value);
      if (date.isPresent()) {
        return locateDate(date.get(), key.equals("endDate"), anchor, scope);
      }
    }
    for (String variant : variants(value)) {
      Located found = locateText(variant, anchor, scope);
      if (found.quality() != Quality.NOT_FOUND) {
        return found;
      }
    }
    return Located.NOWHERE;
  }

  private Located locateText(String value, Line anchor, List<Line> scope) {
    String wanted = fold(value).text();
    if (wanted.isEmpty()) {
      return Located.NOWHERE;
    }
    if (anchor != null) {
      Located onAnchor = inLine(anchor, wanted, Quality.IN_PLACE);
      if (onAnchor != null) {
        return onAnchor;
      }
    }
    for (Line line : scope) {
      Located found = inLine(line, wanted, Quality.IN_PLACE);
      if (found != null) {
        return found;
      }
    }
    Located across = inRun(scope, wanted, Quality.ACROSS_LINES);
    if (across != null) {
      return across;
    }
    if (scope != all) {
      for (Line line : all) {
        Located found = inLine(line, wanted, Quality.ELSEWHERE);
        if (found != null) {
          return found;
        }
      }
      Located anywhere = inRun(all, wanted, Quality.ELSEWHERE);
      if (anywhere != null) {
        return anywhere;
      }
    }
    return Located.NOWHERE;
  }

  private Located inLine(Line line, String wanted, Quality quality) {
    Folded text = folded.computeIfAbsent(line, l -> fold(l.text()));
    int start = text.text().indexOf(wanted);
    if (start < 0) {
      return null;
    }
    int from = text.origin()[start];
    int to = text.origin()[start + wanted.length() - 1] + 1;
    return new Located(line, line.box(from, to), quality);
  }

  private Located inRun(List<Line> lines, String wanted, Quality quality) {
    Run run = runs.computeIfAbsent(lines, this::run);
    int start = run.text().indexOf(wanted);
    if (start < 0) {
      return null;
    }
    int end = start + wanted.length() - 1;
    Line first = run.lines().get(run.line()[start]);
    float[] box = null;
    for (int l = run.line()[start]; l <= run.line()[end]; l++) {
      Line line = run.lines().get(l);
      if (line.page() != first.page()) {
        continue;
      }
      int from = l == run.line()[start] ? run.at()[start] : 0;
      int to = l == run.line()[end] ? run.at()[end] + 1 : line.text().length();
      box = union(box, line.box(from, to));
    }
    return new Located(first, box, quality);
  }

  private Run run(List<Line> lines) {
    StringBuilder text = new StringBuilder();
    List<Line> used = new ArrayList<>();
    int size = 0;
    for (Line line : lines) {
      size += line.text().length() + 1;
    }
    int[] lineOf = new int[size];
    int[] at = new int[size];
    for (Line line : lines) {
      if (line.isBlank()) {
        continue;
      }
      Folded f = folded.computeIfAbsent(line, l -> fold(l.text()));
      if (text.length() > 0) {
        lineOf[text.length()] = used.size();
        at[text.length()] = line.text().length();
        text.append(' ');
      }
      for (int i = 0; i < f.text().length(); i++) {
        lineOf[text.length()] = used.size();
        at[text.length()] = f.origin()[i];
        text.append(f.text().charAt(i));
      }
      used.add(line);
    }
    // A separator stands at the start of the line after it, so a value never begins "between".
    for (int i = 0; i < text.length(); i++) {
      if (i + 1 < text.length() && lineOf[i] != lineOf[i + 1] && text.charAt(i) == ' ') {
        lineOf[i] = lineOf[i + 1];
        at[i] = 0;
      }
    }
    return new Run(text.toString(), lineOf, at, used);
  }

  private Located locateDate(PartialDate date, boolean end, Line anchor, List<Line> scope) {
    List<Line> places = new ArrayList<>();
    if (anchor != null) {
      places.add(anchor);
    }
    places.addAll(scope);
    for (Line line : places) {
      Located found = dateIn(line, date, end, Quality.IN_PLACE);
      if (found != null) {
        return found;
      }
    }
    for (Line line : places) {
      // "Jun – Aug 2019": the month alone is no date; the range as a whole wrote it.
      Optional<DateRanges.Found> range = DateRanges.find(line.text());
      if (range.isPresent()
          && (date.equals(range.get().start()) || date.equals(range.get().end()))) {
        return new Located(line, line.box(range.get().from(), range.get().to()), Quality.IN_PLACE);
      }
    }
    for (Line line : all) {
      Located found = dateIn(line, date, end, Quality.ELSEWHERE);
      if (found != null) {
        return found;
      }
    }
    return Located.NOWHERE;
  }

  /** The date written on the line (an end date: the last such, as ranges end with it). */
  private static Located dateIn(Line line, PartialDate date, boolean end, Quality quality) {
    List<DateRanges.Found> dates = DateRanges.dates(line.text());
    for (int i = 0; i < dates.size(); i++) {
      DateRanges.Found d = dates.get(end ? dates.size() - 1 - i : i);
      if (date.equals(d.end())) {
        return new Located(line, line.box(d.from(), d.to()), quality);
      }
    }
    return null;
  }

  private static boolean isDate(String key) {
    return key.endsWith("Date") || key.equals("date");
  }

  private static Optional<PartialDate> parseDate(String value) {
    try {
      return Optional.of(PartialDate.parse(value));
    } catch (IllegalArgumentException notIso) {
      return Optional.empty();
    }
  }

  /** The value, and a URL also without the scheme and "www." a reader may have added. */
  private static List<String> variants(String value) {
    String bare = value.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
    String noSlash = bare.replaceFirst("/$", "");
    return bare.equals(value) ? List.of(value) : List.of(value, bare, noSlash);
  }

  /** Lower case, one space for any run of white space, one dash and one quote of each kind. */
  private static Folded fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int[] origin = new int[text.length()];
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (out.length() > 0 && !space) {
          origin[out.length()] = i;
          out.append(' ');
          space = true;
        }
        continue;
      }
      space = false;
      char folded =
          switch (c) {
            case '–', '—', '−', '‐', '‑' -> '-';
            case '’', '‘', '`' -> '\'';
            case '“', '”' -> '"';
            default -> Character.toLowerCase(c);
          };
      origin[out.length()] = i;
      out.append(folded);
    }
    int length = out.length();
    if (length > 0 && out.charAt(length - 1) == ' ') {
      length--;
    }
    return new Folded(out.substring(0, length), Arrays.copyOf(origin, length));
  }

  static float[] union(float[] a, float[] b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    float left = Math.min(a[0], b[0]);
    float top = Math.min(a[1], b[1]);
    float right = Math.max(a[0] + a[2], b[0] + b[2]);
    float bottom = Math.max(a[1] + a[3], b[1] + b[3]);
    return new float[] {left, top, right - left, bottom - top};
  }

  /** What the value is compared as, for the tests' property: folded as the locator folds it. */
  static String normalized(String text) {
    return fold(text).text().toLowerCase(Locale.ROOT);
  }
}
