package org.careercoach.server.parsing.heuristic;

import java.util.List;
import java.util.Optional;
import org.careercoach.server.parsing.learning.LineLabel;
import org.careercoach.server.parsing.learning.LineModel;
import org.careercoach.server.parsing.text.Line;

/**
 * The kind of a line taken for a heading by its shape (underlined, a label, set like the known
 * headings, in a margin): the one its words name, or one of them names ("Clinical Experience"), or
 * what its entries are (degrees mean studies; lists or lines the model reads as skills mean
 * skills), or else the model's likeliest heading kind.
 */
final class HeadingKinds {

  private HeadingKinds() {}

  /**
   * The kind of a line set as a heading: the one its words name, or one of them names ("Clinical
   * Experience"), or studies where the entries under it name degrees, or else the model's likeliest
   * kind.
   */
  static Optional<Section> kindOf(
      List<Line> lines, int i, int contentFrom, List<LineModel.Prediction> predictions) {
    return kindOf(lines, i, contentFrom, lines.size(), predictions);
  }

  /** The kind of a heading whose content is known to end at {@code contentTo}. */
  static Optional<Section> kindOf(
      List<Line> lines,
      int i,
      int contentFrom,
      int contentTo,
      List<LineModel.Prediction> predictions) {
    String text = lines.get(i).text().strip();
    Optional<Section> kind = Section.ofHeading(text);
    String[] words = text.replaceAll(":$", "").split("\\s+");
    for (int w = words.length - 1; kind.isEmpty() && w >= 0; w--) {
      kind = Section.ofHeading(words[w]);
    }
    int[] entries = datedAndDegrees(lines, contentFrom, contentTo);
    if (kind.isEmpty() && entries[1] > 0 && entries[1] * 2 >= entries[0]) {
      // Studies: lines that name a degree are at least half as many as the dated lines ("Where I
      // Studied" names no kind, "University of Melbourne, BEng – Computer Science" does).
      kind = Optional.of(Section.EDUCATION);
    }
    if (kind.isEmpty()
        && (listsFollow(lines, contentFrom) || skillsFollow(lines, contentFrom, predictions))) {
      kind = Optional.of(Section.SKILLS);
    }
    if (kind.isEmpty() && predictions != null) {
      kind = predictions.get(i).bestHeading().sectionKind().map(Section::valueOf);
      if (kind.equals(Optional.of(Section.EDUCATION)) && entries[1] == 0 && entries[0] >= 2) {
        // Dated entries of which none names a degree are no studies, whatever the model says.
        kind = Optional.of(Section.EXPERIENCE);
      }
    }
    return kind;
  }

  /** How many lines under a heading, up to the next, are dated, and how many name a degree. */
  private static int[] datedAndDegrees(List<Line> lines, int from, int to) {
    int dated = 0;
    int degrees = 0;
    Headings.Style heading = from > 0 ? Headings.Style.of(lines.get(from - 1)) : null;
    for (int i = from; i < to; i++) {
      String text = lines.get(i).text();
      if (i + 1 < lines.size()
              && Headings.UNDERLINE.matcher(lines.get(i + 1).text().strip()).matches()
          || lines.get(i).text().strip().endsWith(":") && (i == 0 || lines.get(i - 1).isBlank())
          || heading != null
              && (heading.size() > 0 || heading.bold())
              && heading.sameAs(Headings.Style.of(lines.get(i)))) {
        // The next heading: set alike, or underlined, or a label alone.
        break;
      }
      if (org.careercoach.server.parsing.text.DateRanges.find(text).isPresent()) {
        dated++;
      }
      if (org.careercoach.server.parsing.text.Degrees.mentions(text)) {
        degrees++;
      }
    }
    return new int[] {dated, degrees};
  }

  /**
   * Whether a heading's lines are lists ("Software: QuickBooks, Excel, Power BI"): the first lines
   * under it, up to the next blank line, each name three things or more and no dates.
   */
  private static boolean listsFollow(List<Line> lines, int from) {
    int lists = 0;
    for (int i = from; i < lines.size() && !lines.get(i).isBlank(); i++) {
      String text = lines.get(i).text();
      if (text.split("[,;•|]").length < 3
          || org.careercoach.server.parsing.text.DateRanges.find(text).isPresent()) {
        return false;
      }
      lists++;
    }
    return lists >= 1;
  }

  /** Whether the model reads most of the (up to four) lines under a heading as skills. */
  private static boolean skillsFollow(
      List<Line> lines, int from, List<LineModel.Prediction> predictions) {
    if (predictions == null) {
      return false;
    }
    int seen = 0;
    int skills = 0;
    for (int i = from; i < lines.size() && seen < 4; i++) {
      if (!lines.get(i).isBlank()) {
        seen++;
        if (predictions.get(i).label() == LineLabel.SKILL) {
          skills++;
        }
      }
    }
    return seen >= 2 && skills * 2 > seen;
  }
}
