package org.careercoach.server.parsing.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DateRangesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Jan 2019 – Present                 | 2019-01 | -       | true",
        "01/2019 - 05/2020                  | 2019-01 | 2020-05 | false",
        "2019–2021                          | 2019    | 2021    | false",
        "March 2018 to date                 | 2018-03 | -       | true",
        "Summer 2018 - Fall 2018            | 2018-06 | 2018-09 | false",
        "2019-04 to 2020-06                 | 2019-04 | 2020-06 | false",
        "2005 to present                    | 2005    | -       | true",
        "September 2024 — Present           | 2024-09 | -       | true",
        "Sept. 2015 - Dec. 2017             | 2015-09 | 2017-12 | false",
        "World Bank Group   2005 to present | 2005    | -       | true",
        "since 2012                         | 2012    | -       | true",
        "Graduated June 2010                | -       | 2010-06 | false",
        "May '18 – Apr '19                  | 2018-05 | 2019-04 | false",
        "Dec ’95 - Now                      | 1995-12 | -       | true",
        "April, 2017 - June, 2019           | 2017-04 | 2019-06 | false",
        "Jun – Aug 2019                     | 2019-06 | 2019-08 | false",
        "09.2024 - Current                  | 2024-09 | -       | true",
        "2016/03 - 2018/11                  | 2016-03 | 2018-11 | false",
        "2018-11-01 to  Pr e s e n t        | 2018-11 | -       | true",
      })
  void readsTheFormsResumesUse(String text, String start, String end, boolean current) {
    assertRange(text, start, end, current);
  }

  /**
   * Every month style crossed with every way of joining a range's ends and of writing an open end:
   * a resume picks one of each, and any combination must read the same.
   */
  static Stream<Arguments> styles() {
    List<String[]> months =
        List.of(
            new String[] {"Mar 2019", "Nov 2021"},
            new String[] {"March 2019", "November 2021"},
            new String[] {"Mar. 2019", "Nov. 2021"},
            new String[] {"Mar, 2019", "Nov, 2021"},
            new String[] {"MAR 2019", "NOV 2021"},
            new String[] {"MARCH 2019", "NOVEMBER 2021"},
            new String[] {"Mar '19", "Nov '21"},
            new String[] {"03/2019", "11/2021"},
            new String[] {"3/2019", "11/2021"},
            new String[] {"2019-03", "2021-11"},
            new String[] {"2019.03", "2021.11"},
            new String[] {"03.2019", "11.2021"},
            new String[] {"2019/03", "2021/11"},
            new String[] {"03-2019", "11-2021"},
            new String[] {"1 March 2019", "30 November 2021"},
            new String[] {"March 1, 2019", "November 30, 2021"},
            new String[] {"01.03.2019", "30.11.2021"},
            new String[] {"03/01/2019", "11/30/2021"},
            new String[] {"2019-03-01", "2021-11-30"});
    List<String> joins =
        List.of(" – ", " - ", " — ", "–", "-", " to ", " until ", " · ", " ~ ", " -- ", " − ");
    List<String> opens =
        List.of(
            "Present",
            "present",
            "PRESENT",
            "Now",
            "Current",
            "Today",
            "ongoing",
            "to date",
            "till date");
    Stream.Builder<Arguments> cases = Stream.builder();
    for (String[] month : months) {
      for (String join : joins) {
        cases.add(Arguments.of(month[0] + join + month[1], "2019-03", "2021-11", false));
        for (String open : opens) {
          if (!(join.equals(" to ") && open.startsWith("t"))) {
            cases.add(Arguments.of(month[0] + join + open, "2019-03", null, true));
          }
        }
      }
      cases.add(Arguments.of("since " + month[0], "2019-03", null, true));
      cases.add(Arguments.of("Since " + month[0], "2019-03", null, true));
      cases.add(Arguments.of(month[0] + " onwards", "2019-03", null, true));
      cases.add(Arguments.of(month[0] + " –", "2019-03", null, true));
    }
    return cases.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("styles")
  void readsEveryMonthStyleWithEveryJoin(String text, String start, String end, boolean current) {
    assertRange(text, start, end, current);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      quoteCharacter = '"',
      value = {
        "2019 – 2021                         | 2019    | 2021    | false",
        "2019 - 2021                         | 2019    | 2021    | false",
        "2019—2021                           | 2019    | 2021    | false",
        "2019 to 2021                        | 2019    | 2021    | false",
        "2019 – present                      | 2019    | -       | true",
        "2019 – now                          | 2019    | -       | true",
        "2019-21                             | 2019    | 2021    | false",
        "2019–21                             | 2019    | 2021    | false",
        "'19 – '21                           | 2019    | 2021    | false",
        "Fall 2019 – Spring 2021             | 2019-09 | 2021-03 | false",
        "Autumn 2019 - Summer 2020           | 2019-09 | 2020-06 | false",
        "Jan–Mar 2019                        | 2019-01 | 2019-03 | false",
        "From Jan 2019 to Mar 2020           | 2019-01 | 2020-03 | false",
        "Jan 2019 – Mar 2020 (1 yr 3 mos)    | 2019-01 | 2020-03 | false",
        "Acme Corp, Berlin, 2017 – 2019     | 2017    | 2019    | false",
        "Expected May 2025                   | -       | 2025-05 | false",
        "Class of 2012                       | -       | 2012    | false",
        "2015                                | -       | 2015    | false",
        "15th March 2019 – 2nd June 2020     | 2019-03 | 2020-06 | false",
      })
  void readsYearsAndOtherShapes(String text, String start, String end, boolean current) {
    assertRange(text, start, end, current);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Built 3 services for 12 teams",
        "Call 555-1234",
        "ISO 9001 certified",
        "Reduced latency by 35% for 2 million users",
        "Python 3.11, Java 17",
        "Summary",
        "Marketing manager",
        "May the best team win",
        "+1 (415) 555-0132",
      })
  void findsNoDateWhereThereIsNone(String text) {
    assertThat(DateRanges.find(text)).isEmpty();
  }

  @Test
  void tellsALineOfOnlyDatesFromOneWithMore() {
    assertThat(DateRanges.isOnlyDates("Sep 2019 – Jun 2021")).isTrue();
    assertThat(DateRanges.isOnlyDates("(2019 – 2021)")).isTrue();
    assertThat(DateRanges.isOnlyDates("2019")).isTrue();
    assertThat(DateRanges.isOnlyDates("Engineer, Acme 2019")).isFalse();
  }

  @Test
  void keepsWhereTheRangeStoodSoTheRestCanBeRead() {
    DateRanges.Found found = DateRanges.find("Engineer, Acme · Jan 2019 – Present").orElseThrow();

    assertThat(found.remove("Engineer, Acme · Jan 2019 – Present")).isEqualTo("Engineer, Acme ·");
  }

  private static void assertRange(String text, String start, String end, boolean current) {
    DateRanges.Found found = DateRanges.find(text).orElseThrow();

    assertThat(found.start() == null ? null : monthOf(found.start().toString()))
        .as("start of %s", text)
        .isEqualTo(start);
    assertThat(found.end() == null ? null : monthOf(found.end().toString()))
        .as("end of %s", text)
        .isEqualTo(end);
    assertThat(found.current()).as("open end of %s", text).isEqualTo(current);
  }

  /** A full date's day is more than the range says: resumes are compared by month. */
  private static String monthOf(String date) {
    return date.length() > 7 ? date.substring(0, 7) : date;
  }
}
