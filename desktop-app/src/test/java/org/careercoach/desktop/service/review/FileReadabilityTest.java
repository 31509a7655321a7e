package org.careercoach.desktop.service.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careercoach.model.api.ParseProvenance;
import org.careercoach.model.api.ParseProvenance.Box;
import org.careercoach.model.api.ParseProvenance.FieldSource;
import org.careercoach.model.api.ParseProvenance.SourceLine;
import org.careercoach.model.api.ParseProvenance.SourcePage;
import org.junit.jupiter.api.Test;

class FileReadabilityTest {

  private static final SourcePage A4 = new SourcePage(1, 595, 842);

  @Test
  void aSingleColumnPdfTheParserWasSureOfHasNoPoint() {
    ParseProvenance read =
        new ParseProvenance("heuristic", List.of(A4), column(40, 72), sure(12, 0));

    assertThat(FileReadability.check(read)).isEmpty();
  }

  @Test
  void aPdfWithHardlyAnyTextIsNamedAScan() {
    List<SourceLine> lines = List.of(new SourceLine(1, 1, "Page 1", new Box(72, 800, 30, 10)));
    ParseProvenance read =
        new ParseProvenance("heuristic", List.of(A4, new SourcePage(2, 595, 842)), lines, Map.of());

    List<Finding> findings = FileReadability.check(read);

    assertThat(findings).extracting(Finding::kind).containsExactly(CheckKind.TEXT_LAYER);
    assertThat(findings.get(0).problem()).contains("Only 6 characters of text on 2 pages");
  }

  @Test
  void aSidebarBesideTheMainTextIsNamedAsColumnsButAHeaderOnTheRightIsNot() {
    List<SourceLine> twoColumns = new ArrayList<>(column(30, 36));
    List<SourceLine> sidebar = column(15, 400);
    for (SourceLine l : sidebar) {
      twoColumns.add(new SourceLine(100 + l.number(), 1, l.text(), l.box()));
    }
    ParseProvenance sidebarLayout =
        new ParseProvenance("heuristic", List.of(A4), twoColumns, sure(12, 0));

    assertThat(FileReadability.check(sidebarLayout))
        .extracting(Finding::kind)
        .containsExactly(CheckKind.COLUMNS);

    // Dates right-aligned on the line of their job are one reading order, not two columns.
    List<SourceLine> datesRight = new ArrayList<>(column(30, 72));
    for (int i = 0; i < 5; i++) {
      Box job = datesRight.get(i * 6).box();
      datesRight.add(new SourceLine(200 + i, 1, "2019 – 2021", new Box(470, job.y(), 60, 10)));
    }
    assertThat(
            FileReadability.check(
                new ParseProvenance("heuristic", List.of(A4), datesRight, sure(12, 0))))
        .isEmpty();
  }

  @Test
  void aNarrowSidebarOnTheLeftIsNamedToo() {
    List<SourceLine> lines = new ArrayList<>();
    for (SourceLine l : column(30, 200)) {
      lines.add(l);
    }
    for (SourceLine l : column(12, 36)) {
      lines.add(
          new SourceLine(
              100 + l.number(), 1, "Skill", new Box(36, l.box().y(), 120, l.box().height())));
    }

    assertThat(
            FileReadability.check(
                new ParseProvenance("heuristic", List.of(A4), lines, sure(12, 0))))
        .extracting(Finding::kind)
        .containsExactly(CheckKind.COLUMNS);
  }

  @Test
  void manyUnsureFieldsPointAtTheLeastSureOne() {
    Map<String, FieldSource> fields = sure(6, 4);
    fields.put("work[1].startDate", new FieldSource(0.2, 1, 3, null));

    List<Finding> findings =
        FileReadability.check(new ParseProvenance("heuristic", List.of(), List.of(), fields));

    assertThat(findings).extracting(Finding::kind).containsExactly(CheckKind.PARSER_CONFIDENCE);
    assertThat(findings.get(0).path()).isEqualTo("work[1].startDate");
    assertThat(findings.get(0).problem()).contains("unsure of 5 of the 11 fields");
  }

  /** Lines one under the other, starting at {@code x}, 14 points apart. */
  private static List<SourceLine> column(int count, double x) {
    List<SourceLine> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(
          new SourceLine(
              i + 1,
              1,
              "A line of the resume with enough words to count " + i,
              new Box(x, 60 + i * 14, 300, 10)));
    }
    return lines;
  }

  private static Map<String, FieldSource> sure(int sure, int unsure) {
    Map<String, FieldSource> fields = new LinkedHashMap<>();
    for (int i = 0; i < sure; i++) {
      fields.put("work[0].highlights[" + i + "]", new FieldSource(0.95, 1, i + 1, null));
    }
    for (int i = 0; i < unsure; i++) {
      fields.put("skills[0].keywords[" + i + "]", new FieldSource(0.4, 1, i + 1, null));
    }
    return fields;
  }
}
