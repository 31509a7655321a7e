package org.careercoach.server.parsing.heuristic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careercoach.server.parsing.text.Line;

/**
 * Headings set in a left margin beside their sections ("WORK HISTORY" level with the first job, in
 * a column of its own): the reading order puts the margin's headings apart from the text they head,
 * so the text of the right column takes the section of the last heading at or above it on its page
 * (or the last one of an earlier page), by position rather than by order.
 */
final class MarginHeadings {

  /** Points a heading may stand below the first line it heads (baselines differ with size). */
  private static final float TOLERANCE = 6f;

  private record Placed(int page, float y, Section section) {}

  private final List<Placed> headings;

  private MarginHeadings(List<Placed> headings) {
    this.headings = headings;
  }

  /**
   * A layout of margin headings: the left column, after its first heading, holds headings (and
   * little else) while the right column holds the text, and the lines have positions (PDF).
   */
  static Optional<MarginHeadings> find(List<Line> lines, List<Optional<Section>> sections) {
    List<Placed> placed = new ArrayList<>();
    // The right column's own headings count where they stand too.
    List<Placed> inText = new ArrayList<>();
    int others = 0;
    boolean right = false;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      float[] box = line.box();
      if (line.column() >= 1) {
        right = true;
        if (sections.get(i).isPresent() && box != null) {
          inText.add(new Placed(line.page(), box[1], sections.get(i).get()));
        }
        continue;
      }
      if (sections.get(i).isPresent()) {
        if (box == null) {
          return Optional.empty();
        }
        placed.add(new Placed(line.page(), box[1], sections.get(i).get()));
      } else if (!placed.isEmpty()) {
        others++;
      }
    }
    if (!right || placed.size() < 2 || others > placed.size() / 2) {
      return Optional.empty();
    }
    placed.addAll(inText);
    placed.sort(
        java.util.Comparator.comparingInt(Placed::page).thenComparingDouble(p -> (double) p.y()));
    return Optional.of(new MarginHeadings(placed));
  }

  /** The section of a right-column line: the last margin heading at or above it. */
  Section sectionAt(Line line, Section otherwise) {
    float[] box = line.box();
    if (box == null) {
      return otherwise;
    }
    Section found = null;
    for (Placed heading : headings) {
      if (heading.page() < line.page()
          || heading.page() == line.page() && heading.y() <= box[1] + TOLERANCE) {
        found = heading.section();
      } else {
        break;
      }
    }
    return found == null ? otherwise : found;
  }
}
