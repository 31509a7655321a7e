package org.careercoach.server.parsing.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.careercoach.server.parsing.quality.ResumeScorer.Counts;
import org.careercoach.server.parsing.quality.ResumeScorer.Tally;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The figures score.py prints for a set of documents: counts per field, F1 per document type, per
 * field group with their mean ({@code macro_f1}) and over everything ({@code overall_f1}, micro).
 */
record ScoreReport(
    Map<String, Counts> fields, SortedMap<String, Counts> byType, Map<String, Double> groupF1) {

  /**
   * Scores every truth against its prediction of each type, as score.py does with {@code
   * --formats}: {@code predictions} maps {@code rNNN.<type>} to the parser's JSON Resume; a missing
   * one counts as a document with nothing predicted.
   */
  static ScoreReport of(
      SortedMap<String, JsonNode> truths, Map<String, JsonNode> predictions, List<String> types) {
    Tally total = new Tally();
    SortedMap<String, Tally> byType = new TreeMap<>();
    JsonNode nothing = JsonNodeFactory.instance.objectNode();
    truths.forEach(
        (id, truth) -> {
          for (String type : types) {
            JsonNode predicted = predictions.getOrDefault(id + "." + type, nothing);
            Tally document =
                ResumeScorer.scoreDocument(truth, predicted.isObject() ? predicted : nothing);
            total.merge(document);
            byType.computeIfAbsent(type, t -> new Tally()).merge(document);
          }
        });
    Map<String, Counts> fields = new LinkedHashMap<>();
    ResumeScorer.FIELDS.forEach(f -> fields.put(f, total.field(f)));
    SortedMap<String, Counts> types2 = new TreeMap<>();
    byType.forEach((type, tally) -> types2.put(type, tally.total()));
    Map<String, Double> groups = new LinkedHashMap<>();
    ResumeScorer.GROUPS.forEach(g -> groups.put(g, total.group(g).f1()));
    return new ScoreReport(fields, types2, groups);
  }

  Counts all() {
    return fields.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
  }

  /** {@code overall_f1}: micro F1 over every field decision. */
  double microF1() {
    return all().f1();
  }

  /** {@code macro_f1}: the plain mean of the four group F1s. */
  double macroF1() {
    double sum = 0;
    for (double f : groupF1.values()) {
      sum += f;
    }
    return sum / groupF1.size();
  }

  /** score.py's table, for a test's output. */
  String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-24s %6s %6s %6s %7s %7s %7s%n",
            "field",
            "tp",
            "fp",
            "fn",
            "prec",
            "rec",
            "f1"));
    fields.forEach((name, c) -> out.append(row(name, c)));
    out.append(row("ALL (micro)", all()));
    if (byType.size() > 1) {
      byType.forEach(
          (type, c) ->
              out.append(
                  String.format(
                      Locale.ROOT,
                      "type %-19s %20s %7.3f %7.3f %7.3f%n",
                      type,
                      "",
                      c.precision(),
                      c.recall(),
                      c.f1())));
    }
    out.append("groups ");
    groupF1.forEach((g, f) -> out.append(String.format(Locale.ROOT, " %s=%.3f", g, f)));
    out.append(String.format(Locale.ROOT, "  macro_f1=%.3f%n", macroF1()));
    out.append(String.format(Locale.ROOT, "overall_f1=%.3f%n", microF1()));
    return out.toString();
  }

  private static String row(String name, Counts c) {
    return String.format(
        Locale.ROOT,
        "%-24s %6d %6d %6d %7.3f %7.3f %7.3f%n",
        name,
        c.tp(),
        c.fp(),
        c.fn(),
        c.precision(),
        c.recall(),
        c.f1());
  }
}
