package org.careercoach.server.parsing.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bar the heuristic parser must meet on the development set, for each format alone. */
final class QualityBar {

  static final double MIN_MICRO_F1 = 0.93;
  static final double MIN_MACRO_F1 = 0.93;

  private QualityBar() {}

  /** What falls short of the bar in one format's figures; empty when it is met. */
  static List<String> shortfalls(String format, ScoreReport report) {
    List<String> missed = new ArrayList<>();
    if (!(report.microF1() >= MIN_MICRO_F1)) {
      missed.add(
          String.format(
              Locale.ROOT, "%s micro F1 %.3f < %.2f", format, report.microF1(), MIN_MICRO_F1));
    }
    if (!(report.macroF1() >= MIN_MACRO_F1)) {
      missed.add(
          String.format(
              Locale.ROOT, "%s macro F1 %.3f < %.2f", format, report.macroF1(), MIN_MACRO_F1));
    }
    return missed;
  }
}
