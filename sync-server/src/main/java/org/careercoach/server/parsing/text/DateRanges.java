package org.careercoach.server.parsing.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careercoach.model.resume.PartialDate;

/**
 * Finds dates and date ranges as resumes write them: "Jan 2019 – Present", "01/2019 - 05/2020",
 * "2019–2021", "March 2018 to date", "Summer 2018", "2019-04 to 2020-06", "2005 to present".
 */
public final class DateRanges {

  /** A range found in a text, with where it stood so the rest of the text can be used. */
  public record Found(PartialDate start, PartialDate end, boolean current, int from, int to) {
    public String remove(String text) {
      return (text.substring(0, from) + " " + text.substring(to)).strip();
    }
  }

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));
  private static final Map<String, Integer> SEASONS =
      Map.of("spring", 3, "summer", 6, "fall", 9, "autumn", 9, "winter", 12);

  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String SEASON = "(?:spring|summer|fall|autumn|winter)";
  private static final String YEAR = "(?:19|20)\\d{2}";

  /** "May '18": a two-digit year after an apostrophe, as compact resumes write it. */
  private static final String SHORT_YEAR = "['’‘]\\d{2}";

  private static final String DATE =
      "(?:"
          + MONTH
          + ",?\\s+"
          + YEAR
          + "|"
          + MONTH
          + ",?\\s*"
          + SHORT_YEAR
          + "|"
          + SEASON
          + "\\s+"
          + YEAR
          + "|"
          + YEAR
          + "[-/.](?:0?[1-9]|1[0-2])(?:[-/.](?:0?[1-9]|[12]\\d|3[01]))?"
          + "|(?:0?[1-9]|1[0-2])[/.-]"
          + YEAR
          + "|"
          + YEAR
          + ")";
  private static final String PRESENT = "(?:present|current(?:ly)?|now|today|to date|date|ongoing)";
  private static final Pattern RANGE =
      Pattern.compile(
          "(?<!\\d)("
              + DATE
              + ")\\s*(?:–|—|-|−|to|until|till|through|thru)\\s*("
              + DATE
              + "|"
              + PRESENT
              + ")(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  /** "Jun – Aug 2019": two months sharing one year. */
  private static final Pattern MONTHS_OF_ONE_YEAR =
      Pattern.compile(
          "(?<![a-z])(" + MONTH + ")\\s*(?:–|—|-|−|to)\\s*(" + MONTH + ")\\s+(" + YEAR + ")(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SINCE =
      Pattern.compile("(?:since|from)\\s+(" + DATE + ")(?!\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SINGLE =
      Pattern.compile("(?<![\\d/.-])(" + DATE + ")(?![\\d/.-])", Pattern.CASE_INSENSITIVE);

  /** A date anywhere, a range's ends included ("2019" and "2021" in "2019-2021"). */
  private static final Pattern ANY =
      Pattern.compile("(?<![\\d])(" + DATE + ")(?!\\d)", Pattern.CASE_INSENSITIVE);

  private static final Pattern PRESENT_ONLY = Pattern.compile(PRESENT, Pattern.CASE_INSENSITIVE);

  private DateRanges() {}

  /** The first range in the text, or a single date (an end date, as for a degree). */
  public static Optional<Found> find(String text) {
    Matcher range = RANGE.matcher(text);
    if (range.find()) {
      Optional<PartialDate> start = parse(range.group(1));
      boolean current = PRESENT_ONLY.matcher(range.group(2)).matches();
      Optional<PartialDate> end = current ? Optional.empty() : parse(range.group(2));
      if (start.isPresent()) {
        return Optional.of(
            new Found(start.get(), end.orElse(null), current, range.start(), range.end()));
      }
    }
    Matcher shared = MONTHS_OF_ONE_YEAR.matcher(text);
    if (shared.find()) {
      Optional<PartialDate> start = parse(shared.group(1) + " " + shared.group(3));
      Optional<PartialDate> end = parse(shared.group(2) + " " + shared.group(3));
      if (start.isPresent() && end.isPresent()) {
        return Optional.of(new Found(start.get(), end.get(), false, shared.start(), shared.end()));
      }
    }
    Matcher since = SINCE.matcher(text);
    if (since.find()) {
      Optional<PartialDate> start = parse(since.group(1));
      if (start.isPresent()) {
        return Optional.of(new Found(start.get(), null, true, since.start(), since.end()));
      }
    }
    Matcher single = SINGLE.matcher(text);
    if (single.find()) {
      Optional<PartialDate> date = parse(single.group(1));
      if (date.isPresent()) {
        return Optional.of(new Found(null, date.get(), false, single.start(), single.end()));
      }
    }
    return Optional.empty();
  }

  /**
   * Every single date written in the text, in order, each as a {@link Found} with only its {@code
   * end} and where it stands: how a field's date is found again in its source line.
   */
  public static java.util.List<Found> dates(String text) {
    java.util.List<Found> all = new java.util.ArrayList<>();
    Matcher m = ANY.matcher(text);
    while (m.find()) {
      Optional<PartialDate> date = parse(m.group(1));
      if (date.isPresent()) {
        all.add(new Found(null, date.get(), false, m.start(1), m.end(1)));
      }
    }
    return all;
  }

  /** One date in any of the supported forms, at the precision it was written. */
  public static Optional<PartialDate> parse(String raw) {
    String text =
        raw.strip()
            .toLowerCase(Locale.ROOT)
            .replace(".", " ")
            .replace(",", " ")
            .replaceAll("\\s*['’‘](\\d{2})$", " " + "$1")
            .replaceAll("\\s+", " ")
            .strip();
    try {
      Matcher m = Pattern.compile("([a-z]+) (\\d{2}|\\d{4})").matcher(text);
      if (m.matches()) {
        String word = m.group(1);
        int year = fourDigitYear(m.group(2));
        Integer month = SEASONS.get(word);
        if (month == null) {
          month = MONTHS.get(word.substring(0, Math.min(3, word.length())));
        }
        return month == null ? Optional.empty() : Optional.of(PartialDate.ofMonth(year, month));
      }
      m = Pattern.compile("(\\d{4})[-/ ](\\d{1,2})(?:[-/ ](\\d{1,2}))?").matcher(text);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        return Optional.of(
            m.group(3) == null
                ? PartialDate.ofMonth(year, month)
                : PartialDate.of(year, month, Integer.parseInt(m.group(3))));
      }
      m = Pattern.compile("(\\d{1,2})[-/ ](\\d{4})").matcher(text);
      if (m.matches()) {
        return Optional.of(
            PartialDate.ofMonth(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
      }
      m = Pattern.compile("(\\d{4})").matcher(text);
      if (m.matches()) {
        return Optional.of(PartialDate.ofYear(Integer.parseInt(m.group(1))));
      }
    } catch (IllegalArgumentException impossible) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * "'18" is 2018 and "'95" is 1995: resumes span a working life, so a fixed pivot at 50 reads
   * every plausible two-digit year right and keeps the parser deterministic.
   */
  private static int fourDigitYear(String digits) {
    int year = Integer.parseInt(digits);
    if (digits.length() == 4) {
      return year;
    }
    return year <= 50 ? 2000 + year : 1900 + year;
  }
}
