package org.careercoach.server.parsing.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
      })
  void readsTheFormsResumesUse(String text, String start, String end, boolean current) {
    DateRanges.Found found = DateRanges.find(text).orElseThrow();

    assertThat(found.start() == null ? null : found.start().toString()).isEqualTo(start);
    assertThat(found.end() == null ? null : found.end().toString()).isEqualTo(end);
    assertThat(found.current()).isEqualTo(current);
  }

  @ParameterizedTest
  @CsvSource({"Built 3 services for 12 teams", "Call 555-1234", "ISO 9001 certified"})
  void findsNoDateWhereThereIsNone(String text) {
    assertThat(DateRanges.find(text)).isEmpty();
  }
}
