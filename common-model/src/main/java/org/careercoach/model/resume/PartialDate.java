package org.careercoach.model.resume;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON Resume date: a year, a year and month, or a full date ({@code 2019}, {@code 2019-04},
 * {@code 2019-04-02}). It keeps the precision it was given: a resume that says {@code 2019} never
 * becomes {@code 2019-01-01}.
 *
 * @param year 1000 to 2999, as the JSON Resume schema allows
 * @param month 1 to 12, or {@code null} when only the year is known
 * @param day a day of that month, or {@code null} when only the year and month are known
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

  private static final Pattern FORMAT = Pattern.compile("([12]\\d{3})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final String HOW =
      "use YYYY, YYYY-MM or YYYY-MM-DD, for example 2019, 2019-04 or 2019-04-02";

  public PartialDate {
    if (year < 1000 || year > 2999) {
      throw new IllegalArgumentException("year " + year + " is out of range 1000-2999");
    }
    if (month == null && day != null) {
      throw new IllegalArgumentException("a day needs a month");
    }
    try {
      if (day != null) {
        LocalDate.of(year, month, day);
      } else if (month != null) {
        YearMonth.of(year, month);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Reads the JSON form; anything else is refused with a message that says what to write. */
  @JsonCreator
  public static PartialDate parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("a date is required: " + HOW);
    }
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + shorten(text) + "' is not a date: " + HOW);
    }
    try {
      return new PartialDate(
          Integer.parseInt(m.group(1)),
          m.group(2) == null ? null : Integer.valueOf(m.group(2)),
          m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a date (" + e.getMessage() + "): " + HOW, e);
    }
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, null, null);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, null);
  }

  public static PartialDate of(int year, int month, int day) {
    return new PartialDate(year, month, day);
  }

  /** The JSON form, at the precision it was given. */
  @JsonValue
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(10).append(year);
    if (month != null) {
      out.append('-').append(month < 10 ? "0" : "").append(month);
    }
    if (day != null) {
      out.append('-').append(day < 10 ? "0" : "").append(day);
    }
    return out.toString();
  }

  /** Orders by time; a less precise date sorts before a more precise one in the same period. */
  @Override
  public int compareTo(PartialDate other) {
    int byYear = Integer.compare(year, other.year);
    if (byYear != 0) {
      return byYear;
    }
    int byMonth = Integer.compare(month == null ? 0 : month, other.month == null ? 0 : other.month);
    if (byMonth != 0) {
      return byMonth;
    }
    return Integer.compare(day == null ? 0 : day, other.day == null ? 0 : other.day);
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
