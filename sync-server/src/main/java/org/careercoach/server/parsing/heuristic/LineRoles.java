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

  private static final LineRoles NONE = new LineRoles(Map.of(), Map.of());

  private final Map<Line, LineModel.Prediction> byLine;

  /** Roles a document says outright (a form's keys): they stand whatever the model says. */
  private final Map<Line, LineLabel> stated;

  private LineRoles(Map<Line, LineModel.Prediction> byLine, Map<Line, LineLabel> stated) {
    this.byLine = byLine;
    this.stated = stated;
  }

  /** These roles with the ones the document states outright. */
  LineRoles with(Map<Line, LineLabel> statedRoles) {
    return statedRoles.isEmpty() ? this : new LineRoles(byLine, statedRoles);
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
    return new LineRoles(byLine, Map.of());
  }

  /** Whether the document itself says what the line is (a form's key). */
  boolean isStated(Line line) {
    return stated.containsKey(line);
  }

  /** Whether the model is fairly sure the line is one of this kind. */
  boolean is(Line line, LineLabel label) {
    LineLabel said = stated.get(line);
    if (said != null) {
      return said == label;
    }
    LineModel.Prediction prediction = byLine.get(line);
    return prediction != null && prediction.probabilityOf(label) >= SURE;
  }
}
