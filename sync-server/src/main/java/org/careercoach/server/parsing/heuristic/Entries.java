package org.careercoach.server.parsing.heuristic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.careercoach.server.parsing.learning.LineLabel;
import org.careercoach.server.parsing.text.Bullets;
import org.careercoach.server.parsing.text.DateRanges;
import org.careercoach.server.parsing.text.Degrees;
import org.careercoach.server.parsing.text.Line;
import org.careercoach.server.parsing.text.Roles;

/**
 * Splits a section (experience, education, volunteering) into entries. Each entry is anchored on
 * the line that carries its dates; its heading is the rest of that line plus the line after it, or,
 * when the date stands alone, the one or two short lines before it.
 */
final class Entries {

  private static final Pattern PARTS =
      Pattern.compile("\\s+[|·•@]\\s+|\\s+[–—]\\s+|\\s+-\\s+|\\s+at\\s+|,\\s+");

  /**
   * How long a job lasted, printed beside its dates ("4 years 11 months", "(2 yrs 3 mos)"): part of
   * the dates, never of the heading.
   */
  private static final Pattern DURATION =
      Pattern.compile(
          "(?i)[(\\[]?\\s*(?:\\d+\\+?\\s*(?:years?|yrs?|months?|mos?|mths?|weeks?|days?)\\.?\\s*,?\\s*){1,2}[)\\]]?");

  /** "Inc.", "L.P.", "Co.": a name may end in a full stop where a sentence would. */
  private static final Pattern ABBREVIATION_AT_END =
      Pattern.compile("(?:^|\\s)\\p{Lu}[\\p{L}.]{0,3}\\.$");

  /**
   * One entry: its heading pieces (in order) and the line of each, dates and body lines, the line
   * of its dates, and all the lines it spans (where its fields are looked for).
   */
  record Entry(
      List<String> heading,
      List<Line> headingLines,
      DateRanges.Found dates,
      List<String> body,
      Line anchor,
      List<Line> lines) {}

  private Entries() {}

  /**
   * The entries of a section's lines; where the line model reads the line under an entry's dates as
   * its title or employer ("Acme" / dates / "Engineer"), that line is part of the heading.
   */
  static List<Entry> split(List<Line> lines, LineRoles roles) {
    float bodySize = bodySize(lines);
    List<Integer> anchors = new ArrayList<>();
    List<DateRanges.Found> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (Bullets.isBullet(line.text()) || line.isBlank()) {
        continue;
      }
      Optional<DateRanges.Found> dates = datesOf(line);
      if (dates.isPresent()) {
        anchors.add(i);
        found.add(dates.get());
      }
    }
    List<Entry> entries = new ArrayList<>();
    // A section whose first line is bare dates opens each entry with its dates ("2012 – 2013" over
    // "University of Amsterdam" over "Master of Engineering"): none takes the line above them.
    boolean datesFirst =
        !anchors.isEmpty()
            && firstText(lines) == anchors.get(0)
            && rest(lines.get(anchors.get(0)), found.get(0)).isEmpty();
    int previousEnd = 0;
    List<int[]> spans = new ArrayList<>();
    for (int a = 0; a < anchors.size(); a++) {
      int anchor = anchors.get(a);
      String rest = rest(lines.get(anchor), found.get(a));
      int start = anchor;
      int headingEnd = anchor + 1;
      // Beside the dates may stand only where the job was: the heading is above.
      Line above = anchor > previousEnd ? lines.get(anchor - 1) : null;
      if (rest.isEmpty() && anchor + 1 < lines.size() && roles.isStated(lines.get(anchor + 1))) {
        // A form's dates, its keyed lines under them: the entry starts at its dates.
        while (headingEnd < lines.size()
            && headingEnd - anchor <= 3
            && roles.isStated(lines.get(headingEnd))
            && (a + 1 >= anchors.size() || anchors.get(a + 1) > headingEnd)) {
          headingEnd++;
        }
      } else if (datesFirst && rest.isEmpty()) {
        if (startsHeadingBelow(lines, anchor, anchors, a)) {
          headingEnd = anchor + 2;
          if (headingEnd < lines.size()
              && (a + 1 >= anchors.size() || anchors.get(a + 1) > headingEnd)
              && isSecondHeadingLine(lines.get(headingEnd), lines.get(anchor + 1), roles)) {
            headingEnd++;
          }
        }
      } else if (isLoneRoleUnderName(rest, lines.get(anchor), above)
          || !rest.isEmpty() && above != null && pairs(above, lines.get(anchor), roles)) {
        // "Acme Corp" over "Engineer   2019 – 2021": the employer (or school) is the line above.
        start = anchor - 1;
      } else if (rest.isEmpty()
          || isOnlyPlace(rest)
          || isDetailUnderHeading(rest, lines.get(anchor), above)) {
        while (start > previousEnd
            && anchor - start < 2
            && isHeadingLike(lines.get(start - 1))
            && (start == anchor
                || setLikeAHeading(lines.get(start - 1), lines.get(start), bodySize))) {
          start--;
        }
        if (rest.isEmpty()
            && startsHeadingBelow(lines, anchor, anchors, a)
            && (start == anchor
                || completes(lines.subList(start, anchor), lines.get(anchor + 1), roles)
                    && (a + 1 >= anchors.size() || anchors.get(a + 1) > anchor + 2))) {
          // "2019.06 · PRESENT" over "Engineer — Acme": dates that open their entry; or "Acme"
          // over its dates over "Engineer" (unless that line heads the next dates).
          headingEnd = anchor + 2;
        }
      } else if (startsHeadingBelow(lines, anchor, anchors, a)
          && (!isWholeHeading(rest) || isRole(lines.get(anchor + 1).text()))) {
        headingEnd = anchor + 2;
      }
      spans.add(new int[] {start, anchor, headingEnd});
      previousEnd = headingEnd;
    }
    for (int a = 0; a < spans.size(); a++) {
      int[] span = spans.get(a);
      int bodyEnd = a + 1 < spans.size() ? spans.get(a + 1)[0] : lines.size();
      List<String> heading = new ArrayList<>();
      List<Line> headingLines = new ArrayList<>();
      for (int i = span[0]; i < span[2]; i++) {
        String text = i == span[1] ? rest(lines.get(i), found.get(a)) : pieces(lines.get(i));
        if (!text.isBlank()) {
          heading.add(text);
          headingLines.add(lines.get(i));
        }
      }
      List<String> body = new ArrayList<>();
      for (int i = span[2]; i < bodyEnd; i++) {
        if (!lines.get(i).isBlank()) {
          body.add(lines.get(i).text());
        }
      }
      entries.add(
          new Entry(
              heading,
              headingLines,
              found.get(a),
              body,
              lines.get(span[1]),
              List.copyOf(lines.subList(span[0], bodyEnd))));
    }
    return entries;
  }

  /**
   * Whether the model reads the line above the dates' line as the employer and the dates' line as
   * the title, or the other way round: the two lines are the entry's heading, whatever their fonts.
   */
  private static boolean pairs(Line above, Line dates, LineRoles roles) {
    return isHeadingLike(above)
        && (roles.is(above, LineLabel.ORGANISATION) && roles.is(dates, LineLabel.ROLE)
            || roles.is(above, LineLabel.ROLE) && roles.is(dates, LineLabel.ORGANISATION));
  }

  /**
   * Whether the line under the dates completes the heading above them: it is the title where the
   * lines above name the employer and no title, or the employer where they name only the title.
   */
  private static boolean completes(List<Line> above, Line below, LineRoles roles) {
    boolean organisation = above.stream().anyMatch(l -> roles.is(l, LineLabel.ORGANISATION));
    boolean role = above.stream().anyMatch(l -> roles.is(l, LineLabel.ROLE));
    return roles.is(below, LineLabel.ROLE) && organisation && !role
        || roles.is(below, LineLabel.ORGANISATION) && role && !organisation;
  }

  private static int firstText(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the line under an entry's first heading line goes on with the heading: the degree under
   * a school ("Master of Engineering" under "University of Amsterdam"), or what the model reads as
   * the title or employer the first line lacks.
   */
  private static boolean isSecondHeadingLine(Line line, Line first, LineRoles roles) {
    return isHeadingLike(line)
        && (Degrees.mentions(line.text()) && !Degrees.mentions(first.text())
            || completes(List.of(first), line, roles));
  }

  /** Whether the line under lone dates is a heading: set like one, and not the next dates. */
  private static boolean startsHeadingBelow(
      List<Line> lines, int anchor, List<Integer> anchors, int a) {
    return anchor + 1 < lines.size()
        && isHeadingLike(lines.get(anchor + 1))
        && (a + 1 >= anchors.size() || anchors.get(a + 1) != anchor + 1);
  }

  /**
   * Whether a line two above the dates belongs to the heading: where the document has font sizes
   * (PDF), it must be set at least as large as the line below it, and bold or larger than the body
   * text, as an employer's name over a job title is; a wrapped sentence of the job before is not.
   */
  private static boolean setLikeAHeading(Line candidate, Line below, float bodySize) {
    if (candidate.fontSize() <= 0 || below.fontSize() <= 0) {
      return true;
    }
    return candidate.fontSize() >= below.fontSize() - 0.1f
        && (candidate.bold() || candidate.fontSize() > bodySize + 0.4f);
  }

  /** The most common font size of a section's lines: its body text. */
  private static float bodySize(List<Line> lines) {
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    for (Line line : lines) {
      if (!line.isBlank()) {
        counts.merge(Math.round(line.fontSize() * 2), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
            .max(java.util.Map.Entry.comparingByValue())
            .map(java.util.Map.Entry::getKey)
            .orElse(0)
        / 2f;
  }

  /** Dates count only in a short line, or in a segment of their own (a right-aligned column). */
  private static Optional<DateRanges.Found> datesOf(Line line) {
    for (String segment : line.segments()) {
      Optional<DateRanges.Found> dates = DateRanges.find(segment);
      if (dates.isPresent() && (line.segments().size() > 1 || isEntryLine(segment, dates.get()))) {
        int offset = line.text().indexOf(segment);
        DateRanges.Found d = dates.get();
        return Optional.of(
            new DateRanges.Found(
                d.start(), d.end(), d.current(), offset + d.from(), offset + d.to()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a line with dates in it heads an entry rather than tells something: short, or the dates
   * close or open it ("Employer, with a long name, at Title (OCT 2021 — JUN 2024)"), as they do in
   * a heading and seldom in a sentence.
   */
  private static boolean isEntryLine(String text, DateRanges.Found dates) {
    if (words(text) <= 14) {
      return true;
    }
    String before = text.substring(0, dates.from()).replaceAll("[\\s(\\[|,·•–—-]+$", "");
    String after = text.substring(dates.to()).replaceAll("^[\\s)\\]|,·•–—.-]+", "");
    return (before.isEmpty() || after.isEmpty()) && words(before + " " + after) <= 20;
  }

  /**
   * The line without its dates. Where the line has several segments (text set apart by wide gaps,
   * as "Acme Corp Berlin"), they stay apart as pieces of the heading.
   */
  private static String rest(Line line, DateRanges.Found dates) {
    List<String> kept = new ArrayList<>();
    int offset = 0;
    for (String segment : line.segments()) {
      int end = offset + segment.length();
      String left = segment;
      if (dates.from() < end && dates.to() > offset) {
        int from = Math.max(0, dates.from() - offset);
        int to = Math.min(segment.length(), dates.to() - offset);
        left = segment.substring(0, from) + " " + segment.substring(to);
      }
      // "Acme (JUN 2018 — AUG 2020)": the brackets go with the dates; icons (private-use glyphs)
      // say nothing.
      left = left.replaceAll("[(\\[]\\s*[)\\]]|\\p{Co}", " ");
      left = left.replaceAll("^[\\s|,·•–—-]+|[\\s|,·•–—-]+$", "").strip();
      if (!left.isEmpty() && !DURATION.matcher(left).matches()) {
        kept.add(left);
      }
      offset = end + 1;
    }
    return String.join(" | ", kept);
  }

  /** A heading line's text, its segments kept apart as pieces. */
  private static String pieces(Line line) {
    return String.join(
        " | ",
        line.segments().stream()
            .map(s -> s.replaceAll("\\p{Co}", " ").strip())
            .filter(s -> !s.isEmpty())
            .toList());
  }

  /**
   * "Engineer" alone beside the dates, under a short line that names no role: that line is the
   * employer (or "University of X" over "BSc Biology 2015 – 2019"). Where fonts are known, the line
   * above must stand out as a heading does (bold or larger).
   */
  private static boolean isLoneRoleUnderName(String rest, Line dates, Line above) {
    if (above == null
        || rest.isEmpty()
        || !isRole(rest)
        || PARTS.split(rest).length > 1
        || !isHeadingLike(above)
        || isRole(above.text())
        || words(above.text()) > 8
        || above.text().strip().endsWith(".")) {
      return false;
    }
    if (above.fontSize() > 0 && dates.fontSize() > 0) {
      return above.bold() || above.fontSize() > dates.fontSize() + 0.4f;
    }
    return true;
  }

  /**
   * "Senior Engineer, Acme, Berlin" beside its dates is a whole heading: a title or degree and
   * something else, so the line after it is the entry's text, not more of its heading.
   */
  private static boolean isWholeHeading(String rest) {
    String[] parts = PARTS.split(rest);
    if (parts.length < 2) {
      return false;
    }
    boolean role = false;
    boolean other = false;
    for (String part : parts) {
      if (isRole(part)) {
        role = true;
      } else if (!Roles.isPlace(part)) {
        other = true;
      }
    }
    return role && other;
  }

  /**
   * "01/2019 - Present · Lisbon" under a bold "Engineer — Acme": beside the dates stands a detail
   * (a town), and the heading is the line above, set heavier than the dates' line.
   */
  private static boolean isDetailUnderHeading(String rest, Line dates, Line above) {
    return above != null
        && dates.fontSize() > 0
        && above.bold()
        && !dates.bold()
        && words(rest) <= 3
        && !isRole(rest)
        && isRole(above.text())
        && isHeadingLike(above);
  }

  /** "New York City" or "Portland, Oregon"; "World Bank Group, Washington, DC" names more. */
  private static boolean isOnlyPlace(String text) {
    String[] parts = text.split(",");
    return Roles.isPlace(text)
        && parts.length <= 2
        && words(parts[0]) <= 3
        && !parts[0].contains(".")
        && !Roles.isInstitution(parts[0]);
  }

  private static boolean isRole(String text) {
    return Roles.isTitle(text) || Roles.isDegree(text);
  }

  private static boolean isHeadingLike(Line line) {
    String text = line.text();
    // "certification — Hadoop Training | Cloudera": separators make a heading, whatever its case.
    boolean structured = text.contains(" | ") || text.contains(" — ");
    return !line.isBlank()
        && !Bullets.isBullet(text)
        // A wrapped sentence continues in lower case; a short lower-case line is a name (imFORZA).
        && (!Character.isLowerCase(text.strip().charAt(0)) || words(text) <= 3 || structured)
        && words(text) <= (structured ? 30 : 12)
        && (!text.endsWith(".") || ABBREVIATION_AT_END.matcher(text).find())
        && DateRanges.find(text).isEmpty();
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
