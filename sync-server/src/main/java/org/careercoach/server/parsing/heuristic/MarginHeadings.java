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
    int otherAt = -1;
    int counted = 0;
    boolean right = false;
    // Only pages read as two columns tell: a page whose margin shares its lines with the text
    // (often the first, under a full-width header) reads in order anyway.
    java.util.Set<Integer> twoColumnPages = new java.util.HashSet<>();
    for (Line line : lines) {
      if (line.column() >= 1) {
        twoColumnPages.add(line.page());
      }
    }
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
        float top = box[1];
        Line above = i > 0 ? lines.get(i - 1) : null;
        if (above != null && sections.get(i - 1).isEmpty() && isBrokenHeading(above, line)) {
          // "professional" over "overview": the heading starts, and heads from, its first line.
          top = above.box()[1];
          if (otherAt == i - 1) {
            others--;
          }
        }
        placed.add(new Placed(line.page(), top, sections.get(i).get()));
        if (twoColumnPages.contains(line.page())) {
          counted++;
        }
        if (i + 1 < lines.size()
            && sections.get(i + 1).isEmpty()
            && isBrokenHeading(line, lines.get(i + 1))) {
          i++;
        }
      } else if (!placed.isEmpty() && twoColumnPages.contains(line.page())) {
        others++;
        otherAt = i;
      }
    }
    if (!right || counted < 2 || others > counted / 2) {
      return Optional.empty();
    }
    placed.addAll(inText);
    placed.sort(
        java.util.Comparator.comparingInt(Placed::page).thenComparingDouble(p -> (double) p.y()));
    return Optional.of(new MarginHeadings(placed));
  }

  /**
   * Whether two margin lines are one heading broken in two: both a few words, in the margin of one
   * page, the lower one the next line down.
   */
  private static boolean isBrokenHeading(Line upper, Line lower) {
    float[] top = upper.box();
    float[] bottom = lower.box();
    if (top == null
        || bottom == null
        || upper.isBlank()
        || lower.isBlank()
        || upper.column() != 0
        || lower.column() != 0
        || upper.page() != lower.page()
        || upper.text().strip().split("\\s+").length > 3
        || lower.text().strip().split("\\s+").length > 3) {
      return false;
    }
    float gap = bottom[1] - top[1];
    return gap > 0 && gap <= 1.8f * Math.max(upper.fontSize(), lower.fontSize());
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
