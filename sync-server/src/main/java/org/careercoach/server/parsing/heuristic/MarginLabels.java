package org.careercoach.server.parsing.heuristic;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careercoach.server.parsing.learning.LineModel;
import org.careercoach.server.parsing.text.Line;

/**
 * Headings set as labels in a left margin, the text they head indented beside them ("degrees" level
 * with "University of Oklahoma", as many one-page HTML themes and LaTeX classes set them): where at
 * least two of the document's headings (known, or that the model reads as such) stand so, every
 * other short label there is a heading too, whatever its words ("Higher Education", "Things I've
 * Built"), of the kind its words or its content give. The shape tells, not the words: the margin
 * holds nothing but labels and their dates.
 */
final class MarginLabels {

  /** Points between the margin and the text's edge, at least (MarginColumn's margin too). */
  private static final float MARGIN = 36f;

  private static final int MAX_WORDS = 5;

  private MarginLabels() {}

  static void find(
      List<Line> lines, List<Optional<Section>> headings, List<LineModel.Prediction> predictions) {
    float body = bodyEdge(lines);
    if (Float.isNaN(body)) {
      return;
    }
    int headingLabels = 0;
    for (int i = 0; i < lines.size(); i++) {
      boolean heading =
          headings.get(i).isPresent()
              || predictions != null && predictions.get(i).headingProbability() >= Headings.ENOUGH;
      if (heading && isLabel(lines.get(i), body)) {
        headingLabels++;
      }
    }
    if (headingLabels < 2) {
      return;
    }
    Set<Section> taken = EnumSet.noneOf(Section.class);
    headings.forEach(h -> h.ifPresent(taken::add));
    boolean afterFirst = false;
    for (int i = 0; i < lines.size(); i++) {
      if (headings.get(i).isPresent()) {
        afterFirst = true;
        continue;
      }
      Line line = lines.get(i);
      String text = line.text().strip();
      if (!afterFirst
          || !isLabel(line, body)
          || text.matches(".*\\d.*")
          || text.contains("@")
          || text.split("\\s+").length > MAX_WORDS) {
        continue;
      }
      int next = i + 1;
      while (next < lines.size() && !isLabel(lines.get(next), body)) {
        next++;
      }
      // What it heads ends at the next label: its entries tell its kind, not the next section's.
      Optional<Section> kind = HeadingKinds.kindOf(lines, i, i + 1, next, predictions);
      if (kind.isPresent() && taken.add(kind.get())) {
        headings.set(i, kind);
      }
    }
  }

  /**
   * The edge the body's lines start at: the x most lines start at a margin's width or more right of
   * the page's leftmost text (a fifth of the lines at least); NaN when there is none, or a line
   * stands in another column.
   */
  private static float bodyEdge(List<Line> lines) {
    float left = Float.MAX_VALUE;
    int count = 0;
    for (Line line : lines) {
      if (line.column() != 0) {
        // A sidebar beside the text: its short lines are a column's, not labels.
        return Float.NaN;
      }
      float[] box = line.box();
      if (box != null && !line.isBlank()) {
        left = Math.min(left, box[0]);
        count++;
      }
    }
    Map<Integer, Integer> starts = new HashMap<>();
    for (Line line : lines) {
      float[] box = line.box();
      if (box != null && !line.isBlank() && box[0] >= left + MARGIN) {
        starts.merge(Math.round(box[0]), 1, Integer::sum);
      }
    }
    int least = Math.max(3, count / 5);
    return starts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .filter(body -> body.getValue() >= least)
        .map(body -> (float) body.getKey())
        .orElse(Float.NaN);
  }

  /**
   * A single piece of text wholly in the margin, set flush left or flush right against the body
   * (moderncv's "where i've worked").
   */
  private static boolean isLabel(Line line, float body) {
    float[] box = line.box();
    return box != null && line.segments().size() == 1 && box[0] + box[2] < body - 2;
  }
}
