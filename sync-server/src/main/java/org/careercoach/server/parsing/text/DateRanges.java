package org.careercoach.server.parsing.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careercoach.model.resume.PartialDate;

/**
 * Finds dates and date ranges in every style resumes write them: month names long, short, dotted or
 * upper-case ("Jan. 2020", "JANUARY 2020", "Sept 2020", "March, 2020", "15 March 2020"), numbers
 * ("01/2020", "1/2020", "2020-01", "2020.01", "01.2020", "15.03.2020"), "May '19", seasons, years
 * alone; ranges joined by any dash, "to", "until", "·" or "~", open ones ("– Present", "to date",
 * "since 2019", "2019 onwards", "2019 –"), and "2019–21" or "Jun – Aug 2019" sharing a year.
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
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));
  private static final Map<String, Integer> SEASONS =
      Map.of("spring", 3, "summer", 6, "fall", 9, "autumn", 9, "winter", 12);

  private static final String MONTH =
      "(?<!\\p{L})(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\\p{L})\\.?";
  private static final String SEASON = "(?<!\\p{L})(?:spring|summer|fall|autumn|winter)";
  private static final String YEAR = "(?:19|20)\\d{2}";
  private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?";
  private static final String MONTH_NUMBER = "(?:0?[1-9]|1[0-2])";

  /** "May '18": a two-digit year after an apostrophe, as compact resumes write it. */
  private static final String SHORT_YEAR = "['’‘]\\d{2}(?!\\d)";

  private static final String DATE =
      "(?:"
          // "15 March 2020", "March 15, 2020", "Mar 2020", "March, 2020", "JAN. 2020"
          + "(?:"
          + DAY
          + "\\s+)?"
          + MONTH
          + "(?:\\s+"
          + DAY
          + ")?,?\\s*"
          + YEAR
          + "|"
          + MONTH
          + ",?\\s*"
          + SHORT_YEAR
          + "|"
          + SEASON
          + ",?\\s+"
          + YEAR
          // "2020-01", "2020/01", "2020.01", "2020-01-15"
          + "|"
          + YEAR
          + "[-/.]"
          + MONTH_NUMBER
          + "(?![\\d])(?:[-/.]"
          + DAY
          + ")?"
          // "15.03.2020", "03/15/2020"
          + "|\\d{1,2}[/.-]\\d{1,2}[/.-]"
          + YEAR
          // "01/2020", "1/2020", "01.2020", "01-2020"
          + "|"
          + MONTH_NUMBER
          + "[/.-]"
          + YEAR
          + "|"
          + YEAR
          + ")";

  /** What a range's two ends may be joined by: any dash, a tilde, a middle dot or a word. */
  private static final String JOIN =
      "(?:\\s*(?:--|[-‐‑‒–—―−~→·]|->)\\s*|\\s+(?:to|until|till|through|thru)\\s+)";

  /**
   * An open end. "Pr e s e n t" is "Present" letter-spaced in small capitals, as a page reader
   * finds it where every letter stands apart.
   */
  private static final String PRESENT =
      "(?:the\\s+present|present|current(?:ly)?|now|today|to\\s+date|till\\s+(?:date|now)"
          + "|date|ongoing|on-?going|p ?r ?e ?s ?e ?n ?t)(?!\\p{L})";

  private static final Pattern RANGE =
      Pattern.compile(
          "(?<![\\d.])(" + DATE + ")" + JOIN + "(" + DATE + "|" + PRESENT + ")(?![\\d])",
          Pattern.CASE_INSENSITIVE);

  /** "'18 – '21": years after apostrophes, only as the two ends of a range. */
  private static final Pattern SHORT_YEARS =
      Pattern.compile("(" + SHORT_YEAR + ")" + JOIN + "(" + SHORT_YEAR + "|" + PRESENT + ")");

  /** "Jun – Aug 2019": two months sharing one year. */
  private static final Pattern MONTHS_OF_ONE_YEAR =
      Pattern.compile(
          "(" + MONTH + ")" + JOIN + "(" + MONTH + "),?\\s*(" + YEAR + ")(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  /**
   * "2019–21": the end year in two digits. After a hyphen or slash only past 12, where it cannot be
   * a month ("2019-05" is May 2019).
   */
  private static final Pattern SHORT_END_YEAR =
      Pattern.compile(
          "(?<![\\d.])((?:19|20)(\\d{2}))\\s*([-‐‑‒–—―−/])\\s*(\\d{2})(?![\\d./-])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SINCE =
      Pattern.compile(
          "(?<!\\p{L})(?:since|from|starting|started)\\s+(" + DATE + ")(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  /** "2019 onwards", "Jan 2019 –" at the end: a range left open. */
  private static final Pattern OPEN_END =
      Pattern.compile(
          "(?<![\\d.])("
              + DATE
              + ")(?:\\s*(?:[-–—]\\s*)?(?:onwards?|and\\s+continuing)(?!\\p{L})"
              + "|\\s*(?:--|[-‐‑‒–—―−~])\\s*$)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SINGLE =
      Pattern.compile("(?<![\\d/.-])(" + DATE + ")(?![\\d/-]|\\.\\d)", Pattern.CASE_INSENSITIVE);

  /** A date anywhere, a range's ends included ("2019" and "2021" in "2019-2021"). */
  private static final Pattern ANY =
      Pattern.compile("(?<![\\d])(" + DATE + ")(?!\\d)", Pattern.CASE_INSENSITIVE);

  /** "10/2018 until", "Jan 2019 –": a range whose end the layout set on the next line. */
  private static final Pattern OPEN_AT_END =
      Pattern.compile(
          "(?<![\\d.])" + DATE + "\\s*(?:--|[-‐‑‒–—―−~]|to|until|till|through)\\s*$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern LEADING_DATE =
      Pattern.compile("^\\s*(?:" + DATE + "|" + PRESENT + ")(?![\\d/])", Pattern.CASE_INSENSITIVE);

  private static final Pattern PRESENT_ONLY = Pattern.compile(PRESENT, Pattern.CASE_INSENSITIVE);

  private static final Pattern WORD_AND_YEAR =
      Pattern.compile("(?:\\d{1,2} )?([a-z]+)(?: \\d{1,2})? (\\d{2}|\\d{4})");
  private static final Pattern YEAR_MONTH_DAY =
      Pattern.compile("(\\d{4})[-/ ](\\d{1,2})(?:[-/ ](\\d{1,2}))?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})[-/.](\\d{4})");
  private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/ ](\\d{4})");
  private static final Pattern YEAR_ONLY = Pattern.compile("(\\d{4}|\\d{2})");
  private static final Pattern ORDINAL = Pattern.compile("(\\d)(?:st|nd|rd|th)\\b");

  private DateRanges() {}

  /** The first range in the text, or a single date (an end date, as for a degree). */
  public static Optional<Found> find(String text) {
    if (!hasDigit(text)) {
      // Every date has a year in digits: most lines are settled without running a pattern.
      return Optional.empty();
    }
    Matcher range = RANGE.matcher(text);
    while (range.find()) {
      Optional<Found> found = range(range.group(1), range.group(2), range.start(), range.end());
      if (found.isPresent()) {
        return found;
      }
    }
    Matcher shortYears = SHORT_YEARS.matcher(text);
    if (shortYears.find()) {
      Optional<Found> found =
          range(shortYears.group(1), shortYears.group(2), shortYears.start(), shortYears.end());
      if (found.isPresent()) {
        return found;
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
    Matcher shortEnd = SHORT_END_YEAR.matcher(text);
    while (shortEnd.find()) {
      int startYear = Integer.parseInt(shortEnd.group(1));
      int endTwo = Integer.parseInt(shortEnd.group(4));
      boolean dash = !shortEnd.group(3).equals("-") && !shortEnd.group(3).equals("/");
      int endYear = startYear / 100 * 100 + endTwo;
      if (endYear > startYear && endYear - startYear <= 15 && (dash || endTwo > 12)) {
        return Optional.of(
            new Found(
                PartialDate.ofYear(startYear),
                PartialDate.ofYear(endYear),
                false,
                shortEnd.start(),
                shortEnd.end()));
      }
    }
    Matcher since = SINCE.matcher(text);
    if (since.find()) {
      Optional<PartialDate> start = parse(since.group(1));
      if (start.isPresent()) {
        return Optional.of(new Found(start.get(), null, true, since.start(), since.end()));
      }
    }
    Matcher open = OPEN_END.matcher(text);
    if (open.find()) {
      Optional<PartialDate> start = parse(open.group(1));
      if (start.isPresent()) {
        return Optional.of(new Found(start.get(), null, true, open.start(), open.end()));
      }
    }
    Matcher single = SINGLE.matcher(text);
    while (single.find()) {
      Optional<PartialDate> date = parse(single.group(1));
      if (date.isPresent()) {
        return Optional.of(new Found(null, date.get(), false, single.start(), single.end()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Found> range(String first, String second, int from, int to) {
    Optional<PartialDate> start = parse(first);
    if (start.isEmpty()) {
      return Optional.empty();
    }
    boolean current = PRESENT_ONLY.matcher(second).matches();
    Optional<PartialDate> end = current ? Optional.empty() : parse(second);
    if (!current && end.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Found(start.get(), end.orElse(null), current, from, to));
  }

  /**
   * Every single date written in the text, in order, each as a {@link Found} with only its {@code
   * end} and where it stands: how a field's date is found again in its source line.
   */
  public static List<Found> dates(String text) {
    List<Found> all = new ArrayList<>();
    if (!hasDigit(text)) {
      return all;
    }
    Matcher m = ANY.matcher(text);
    while (m.find()) {
      Optional<PartialDate> date = parse(m.group(1));
      if (date.isPresent()) {
        all.add(new Found(null, date.get(), false, m.start(1), m.end(1)));
      }
    }
    return all;
  }

  /** Whether the text ends in a range left open for its end on the next line ("2018 until"). */
  public static boolean endsOpen(String text) {
    return hasDigit(text) && OPEN_AT_END.matcher(text).find();
  }

  /** How long the date (or "Present") the text begins with is; 0 when it begins with none. */
  public static int leadingDate(String text) {
    Matcher m = LEADING_DATE.matcher(text);
    return m.find() ? m.end() : 0;
  }

  /** Whether the text is nothing but a date or a range (a margin's or a column's date). */
  public static boolean isOnlyDates(String text) {
    Optional<Found> found = find(text);
    return found.isPresent()
        && found.get().remove(text).replaceAll("[\\s|,·•()\\[\\]–—-]+", "").isEmpty();
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** One date in any of the supported forms, at the precision it was written. */
  public static Optional<PartialDate> parse(String raw) {
    String text =
        ORDINAL
            .matcher(raw.strip().toLowerCase(Locale.ROOT))
            .replaceAll("$1")
            .replace(".", " ")
            .replace(",", " ")
            .replaceAll("['’‘](\\d{2})$", " $1")
            .replaceAll("\\s+", " ")
            .strip();
    try {
      Matcher m = WORD_AND_YEAR.matcher(text);
      if (m.matches()) {
        String word = m.group(1);
        int year = fourDigitYear(m.group(2));
        Integer month = SEASONS.get(word);
        if (month == null && word.length() >= 3) {
          month = MONTHS.get(word.substring(0, 3));
        }
        return month == null ? Optional.empty() : Optional.of(PartialDate.ofMonth(year, month));
      }
      m = YEAR_MONTH_DAY.matcher(text);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        return Optional.of(
            m.group(3) == null
                ? PartialDate.ofMonth(year, month)
                : PartialDate.of(year, month, Integer.parseInt(m.group(3))));
      }
      m = DAY_MONTH_YEAR.matcher(raw.strip());
      if (m.matches()) {
        return Optional.of(dayMonthYear(m));
      }
      m = MONTH_YEAR.matcher(text);
      if (m.matches()) {
        return Optional.of(
            PartialDate.ofMonth(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
      }
      m = YEAR_ONLY.matcher(text);
      if (m.matches()) {
        return Optional.of(PartialDate.ofYear(fourDigitYear(m.group(1))));
      }
    } catch (IllegalArgumentException impossible) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * "15.03.2020" or "03/15/2020": the day is the number past 12; where both could be months, a
   * slash is the American order (month first) and a dot or dash the European one (day first). The
   * month is what a resume's date means; the day is dropped.
   */
  private static PartialDate dayMonthYear(Matcher m) {
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(3));
    int year = Integer.parseInt(m.group(4));
    int month;
    if (first > 12) {
      month = second;
    } else if (second > 12) {
      month = first;
    } else {
      month = m.group(2).equals("/") ? first : second;
    }
    return PartialDate.ofMonth(year, month);
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
