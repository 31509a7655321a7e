package org.careercoach.server.parsing.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The heuristic parser's field-level quality on the development set, per format, against the bar of
 * issue 14 (micro and macro F1 at least 0.93 for PDF, DOCX and TXT each). The figures are printed
 * to the test's output ({@code target/surefire-reports/*DevSetQualityTest-output.txt}).
 */
class DevSetQualityTest {

  @Test
  void everyFormatMeetsTheBarInMicroAndMacroF1() {
    DevSet dev = DevSet.get();
    StringBuilder figures = new StringBuilder();
    List<String> shortfalls = new ArrayList<>();
    for (String format : DevSet.FORMATS) {
      ScoreReport report = dev.score(List.of(format));
      figures.append(summary(format, report));
      shortfalls.addAll(QualityBar.shortfalls(format, report));
    }
    ScoreReport all = dev.score(DevSet.FORMATS);
    figures.append("\nAll formats (score.py --formats pdf,docx,txt):\n").append(all.table());
    if (!dev.failures().isEmpty()) {
      figures.append("parse failures (scored as empty): ").append(dev.failures()).append('\n');
    }
    System.out.println(figures);

    assertThat(dev.predictions()).hasSize(dev.truths().size() * DevSet.FORMATS.size());
    assertThat(shortfalls).as("below the bar:%n%s", figures).isEmpty();
  }

  @Test
  void aCollapsedParserFallsBelowTheBarInEveryFormat() {
    DevSet dev = DevSet.get();
    SortedMap<String, JsonNode> collapsed = dev.collapsed();

    for (String format : DevSet.FORMATS) {
      ScoreReport report = ScoreReport.of(dev.truths(), collapsed, List.of(format));

      assertThat(QualityBar.shortfalls(format, report))
          .as(format)
          .anySatisfy(s -> assertThat(s).startsWith(format + " micro F1"))
          .anySatisfy(s -> assertThat(s).startsWith(format + " macro F1"));
      assertThat(report.groupF1().get("work")).isZero();
      assertThat(report.groupF1().get("skills")).isZero();
    }
  }

  private static String summary(String format, ScoreReport report) {
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%-5s micro_f1=%.3f macro_f1=%.3f ",
                format,
                report.microF1(),
                report.macroF1()));
    report.groupF1().forEach((g, f) -> out.append(String.format(Locale.ROOT, " %s=%.3f", g, f)));
    return out.append('\n').toString();
  }
}
