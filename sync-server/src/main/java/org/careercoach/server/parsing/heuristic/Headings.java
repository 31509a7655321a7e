package org.careercoach.server.parsing.heuristic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careercoach.server.parsing.learning.LayoutLine;
import org.careercoach.server.parsing.learning.LineLabel;
import org.careercoach.server.parsing.learning.LineModel;
import org.careercoach.server.parsing.text.Line;

/**
 * Whether a line opens a section, and which, from the heading words the reader knows and the line
 * model's reading of the line's layout, words and the lines under it. A known heading stays one
 * unless the model is sure it is not; a line in words the dictionary does not know becomes a
 * heading when the model says so, with the kind it gives, and when it fits how resumes are built:
 * it is set like the document's known headings (a bold skill category inside a section is not), a
 * document has one section of a kind (so not where a known heading already opened that kind, and
 * only the likeliest of several), and a heading is not repeated (a word on every other line is a
 * label, not a heading).
 */
final class Headings {

  /** Below this the model vetoes a dictionary heading. */
  static final float VETO = 0.001f;

  /** From this the model alone makes a heading... */
  static final float ENOUGH = 0.5f;

  /** ...when it also gives one kind at least this much. */
  static final float KIND = 0.3f;

  /** From this a heading the dictionary does not know sets the style, when none is known. */
  static final float SURE = 0.9f;

  private static final int MAX_WORDS = 8;

  /**
   * Kinds the generated corpus has no section of (ADR 0021): the model never saw such a heading, so
   * its "not a heading" says nothing about one, and it never vetoes them. ("Contact" in a sidebar,
   * vetoed, left the address in the section before the name, and the city was lost.)
   */
  private static final Set<Section> UNTRAINED =
      EnumSet.of(Section.CONTACT, Section.PUBLICATIONS, Section.REFERENCES);

  private Headings() {}

  /** Per line, the section it opens, if it is a heading; without a model, the dictionary's. */
  static List<Optional<Section>> of(List<Line> lines, LineModel model) {
    List<Optional<Section>> known = new ArrayList<>(lines.size());
    for (Line line : lines) {
      known.add(
          line.isBlank() || line.segments().size() != 1
              ? Optional.empty()
              : Section.ofHeading(line.text()));
    }
    if (model == null) {
      return known;
    }
    List<LineModel.Prediction> predictions =
        model.predict(LayoutLine.of(lines), HeadingWords::kindOf);
    List<Optional<Section>> headings = new ArrayList<>(known);
    Set<Section> knownKinds = EnumSet.noneOf(Section.class);
    Set<String> knownStyles = new HashSet<>();
    Set<String> sureStyles = new HashSet<>();
    Map<String, Integer> texts = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      texts.merge(Section.normalize(line.text()), 1, Integer::sum);
      float heading = predictions.get(i).headingProbability();
      if (known.get(i).isPresent()) {
        if (heading < VETO && !UNTRAINED.contains(known.get(i).get())) {
          headings.set(i, Optional.empty());
        } else {
          knownKinds.add(known.get(i).get());
          knownStyles.add(style(line));
        }
      } else if (heading >= SURE) {
        sureStyles.add(style(line));
      }
    }
    Set<String> styles = knownStyles.isEmpty() ? sureStyles : knownStyles;
    // The likeliest line the model alone makes a heading of each kind.
    Map<Section, Integer> best = new EnumMap<>(Section.class);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isBlank() || known.get(i).isPresent()) {
        continue;
      }
      Optional<Section> kind = modelOnly(line, predictions.get(i), styles);
      if (kind.isEmpty()
          || knownKinds.contains(kind.get())
          || texts.get(Section.normalize(line.text())) > 1) {
        continue;
      }
      Integer other = best.get(kind.get());
      if (other == null
          || predictions.get(i).headingProbability()
              > predictions.get(other).headingProbability()) {
        best.put(kind.get(), i);
      }
    }
    for (Map.Entry<Section, Integer> entry : best.entrySet()) {
      headings.set(entry.getValue(), Optional.of(entry.getKey()));
    }
    return headings;
  }

  /** The kind the model gives a line the dictionary does not know, if it makes it a heading. */
  static Optional<Section> modelOnly(
      Line line, LineModel.Prediction prediction, Set<String> styles) {
    LineLabel kind = prediction.bestHeading();
    if (prediction.headingProbability() < ENOUGH
        || prediction.probabilityOf(kind) < KIND
        || !styles.isEmpty() && !styles.contains(style(line))
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
