package org.careercoach.server.parsing.heuristic;

import java.util.Optional;
import org.careercoach.server.parsing.learning.LineModel;
import org.careercoach.server.parsing.text.Line;

/**
 * Whether a line opens a section, and which, from the heading words the reader knows and the line
 * model's reading of the line's layout, words and the lines under it. A known heading stays one
 * unless the model is sure it is not (a sentence that happens to be "Experience"); a line in words
 * the dictionary does not know becomes a heading when the model says so, with the kind it gives.
 */
final class Headings {

  /** Below this the model vetoes a dictionary heading. */
  static final float VETO = 0.05f;

  /** From this the model alone makes a heading. */
  static final float ENOUGH = 0.5f;

  private static final int MAX_WORDS = 8;

  private Headings() {}

  static Optional<Section> decide(
      Line line, Optional<Section> known, LineModel.Prediction prediction) {
    float heading = prediction.headingProbability();
    if (known.isPresent()) {
      return heading < VETO ? Optional.empty() : known;
    }
    if (heading < ENOUGH || line.text().strip().split("\\s+").length > MAX_WORDS) {
      return Optional.empty();
    }
    return prediction.bestHeading().sectionKind().map(Section::valueOf);
  }
}
