package org.careercoach.model.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest
  @ValueSource(strings = {"2019", "2019-04", "2019-04-02", "2020-02-29", "1999-12-31"})
  void keepsThePrecisionItWasGiven(String text) {
    assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019-13",
        "2019-00",
        "2019-02-30",
        "2021-02-29",
        "0999",
        "3000",
        "19",
        "2019-4",
        "2019/04",
        "Jan 2019",
        "2019-04-02T10:00",
        " 2019",
        ""
      })
  void refusesWhatIsNotAJsonResumeDateAndSaysWhatToWrite(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("YYYY-MM");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019", "2019-01", "2019-01-01"})
  void aLessPreciseDateSortsFirstWithinItsPeriod(String text) {
    assertThat(PartialDate.parse("2018-12-31")).isLessThan(PartialDate.parse(text));
    assertThat(PartialDate.parse(text)).isLessThan(PartialDate.parse("2019-01-02"));
  }
}
