package org.careercoach.desktop.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careercoach.model.resume.PartialDate;
import org.junit.jupiter.api.Test;

class FieldModelTest {

  @Test
  void partialDatesOfEachPrecisionAreSavedAsTyped() {
    FieldModel date = new FieldModel("startDate", "Start date", FieldKind.DATE, null);

    date.textProperty().set("2019");
    assertThat(date.value()).isEqualTo(PartialDate.ofYear(2019));
    date.textProperty().set("2019-04");
    assertThat(date.value()).isEqualTo(PartialDate.ofMonth(2019, 4));
    date.textProperty().set(" 2019-04-02 ");
    assertThat(date.value()).isEqualTo(PartialDate.of(2019, 4, 2));
    assertThat(date.errorProperty().get()).isEmpty();
  }

  @Test
  void aBadDateSaysWhyKeepsTheTextAndSavesTheLastGoodDateInstead() {
    FieldModel date =
        new FieldModel("startDate", "Start date", FieldKind.DATE, PartialDate.ofMonth(2019, 4));

    date.textProperty().set("April 2019");

    assertThat(date.errorProperty().get())
        .isEqualTo(
            "'April 2019' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, for example 2019,"
                + " 2019-04 or 2019-04-02");
    assertThat(date.text()).isEqualTo("April 2019");
    assertThat(date.valid()).isFalse();
    assertThat(date.value()).isEqualTo(PartialDate.ofMonth(2019, 4));

    date.textProperty().set("2019-13");
    assertThat(date.errorProperty().get()).startsWith("'2019-13' is not a date (");
    assertThat(date.value()).isEqualTo(PartialDate.ofMonth(2019, 4));

    date.textProperty().set("2020-02-29");
    assertThat(date.errorProperty().get()).isEmpty();
    assertThat(date.value()).isEqualTo(PartialDate.of(2020, 2, 29));
  }

  @Test
  void aClearedDateIsAbsentAndValid() {
    FieldModel date =
        new FieldModel("endDate", "End date", FieldKind.DATE, PartialDate.ofYear(2020));

    date.textProperty().set("");

    assertThat(date.value()).isNull();
    assertThat(date.valid()).isTrue();
  }

  @Test
  void linesAreOneItemEachWithoutBulletsOrBlankLines() {
    FieldModel lines = new FieldModel("highlights", "Highlights", FieldKind.LINES, null);

    lines.textProperty().set("• Shipped it\n-  Measured it \n\n* Kept it\n-5% cost");

    assertThat(lines.value())
        .isEqualTo(List.of("Shipped it", "Measured it", "Kept it", "-5% cost"));
  }

  @Test
  void untouchedTextGivesBackTheOriginalValueEvenWhereTypingWouldNormaliseIt() {
    FieldModel blank = new FieldModel("image", "Photo", FieldKind.TEXT, "");
    FieldModel lines = new FieldModel("keywords", "Keywords", FieldKind.LINES, List.of());

    assertThat(blank.value()).isEqualTo("");
    assertThat(lines.value()).isEqualTo(List.of());
  }
}
