package org.careercoach.server.parsing.heuristic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careercoach.server.parsing.learning.LayoutLine;
import org.careercoach.server.parsing.learning.LineLabel;
import org.careercoach.server.parsing.learning.LineModel;
import org.careercoach.server.parsing.text.Line;

/**
 * Whether a line opens a section, and which, from the heading words the reader knows and the line
 * model's reading of the line's layout, words and the lines under it. A known heading stays one
 * unless the model is sure it is not (a sentence that happens to be "Experience"); a line in words
 * the dictionary does not know becomes a heading when the model says so, with the kind it gives,
 * and when it is set like the document's sure headings: a document sets its headings alike, so a
 * bold skill category inside a section is not taken for one.
 */
final class Headings {

  /** Below this the model vetoes a dictionary heading. */
  static final float VETO = 0.01f;

  /** From this the model alone makes a heading... */
  static final float ENOUGH = 0.5f;

  /** ...when it also gives one kind at least this much. */
  static final float KIND = 0.3f;

  /** From this a heading the dictionary does not know sets the document's heading style. */
  static final float SURE = 0.9f;

  private static final int MAX_WORDS = 8;

  private Headings() {}

  /** Per line, the section it opens, if it is a heading; without a model, the dictionary's. */
  static List<Optional<Section>> of(List<Line> lines, LineModel model) {
    List<LineModel.Prediction> predictions =
        model == null ? null : model.predict(LayoutLine.of(lines), HeadingWords::kindOf);
    List<Optional<Section>> known = new ArrayList<>(lines.size());
    java.util.Set<String> styles = new java.util.HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      known.add(
          line.isBlank() || line.segments().size() != 1
              ? Optional.empty()
              : Section.ofHeading(line.text()));
      if (predictions != null && !line.isBlank()) {
        float heading = predictions.get(i).headingProbability();
        if (known.get(i).isPresent() ? heading >= ENOUGH : heading >= SURE) {
          styles.add(style(line));
        }
      }
    }
    if (predictions == null) {
      return known;
    }
    List<Optional<Section>> headings = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      headings.add(
          line.isBlank()
              ? Optional.empty()
              : decide(
                  line,
                  known.get(i),
                  predictions.get(i),
                  styles.isEmpty() || styles.contains(style(line))));
    }
    return headings;
  }

  static Optional<Section> decide(
      Line line, Optional<Section> known, LineModel.Prediction prediction, boolean setAlike) {
    float heading = prediction.headingProbability();
    if (known.isPresent()) {
      return heading < VETO ? Optional.empty() : known;
    }
    LineLabel kind = prediction.bestHeading();
    if (heading < ENOUGH
        || prediction.probabilityOf(kind) < KIND
        || !setAlike
        || line.text().strip().split("\\s+").length > MAX_WORDS) {
      return Optional.empty();
    }
    return kind.sectionKind().map(Section::valueOf);
  }

  /** How a line is set: its size (to half a point), weight, and whether it is in capitals. */
  private static String style(Line line) {
    String text = line.text();
    boolean capitals = text.equals(text.toUpperCase(java.util.Locale.ROOT));
    return Math.round(line.fontSize() * 2) + "|" + line.bold() + "|" + capitals;
  }
}
