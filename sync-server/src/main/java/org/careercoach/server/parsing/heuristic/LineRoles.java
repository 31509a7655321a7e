package org.careercoach.server.parsing.heuristic;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.careercoach.server.parsing.learning.LineLabel;
import org.careercoach.server.parsing.learning.LineModel;
import org.careercoach.server.parsing.text.Line;

/**
 * What the line model says each line of a document is (an employer's line, a title's, …), for the
 * rules to ask where their word lists know nothing: "Estimator" over "North Seth Academy" names no
 * title the rules know, yet its place and setting say it is one. Without a model it knows nothing.
 */
final class LineRoles {

  /** From this probability a line is taken to be what the model says. */
  static final float SURE = 0.5f;

  private static final LineRoles NONE = new LineRoles(Map.of());

  private final Map<Line, LineModel.Prediction> byLine;

  private LineRoles(Map<Line, LineModel.Prediction> byLine) {
    this.byLine = byLine;
  }

  static LineRoles none() {
    return NONE;
  }

  /** The model's predictions, one per line in order. */
  static LineRoles of(List<Line> lines, List<LineModel.Prediction> predictions) {
    Map<Line, LineModel.Prediction> byLine = new IdentityHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      byLine.put(lines.get(i), predictions.get(i));
    }
    return new LineRoles(byLine);
  }

  /** Whether the model is fairly sure the line is one of this kind. */
  boolean is(Line line, LineLabel label) {
    LineModel.Prediction prediction = byLine.get(line);
    return prediction != null && prediction.probabilityOf(label) >= SURE;
  }
}
