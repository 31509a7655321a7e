package org.careercoach.server.parsing.heuristic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careercoach.server.parsing.learning.LineLabel;
import org.careercoach.server.parsing.text.Line;

/**
 * Skills set without a heading: a sidebar that lists "PATIENT ASSESSMENT", "TRIAGE", "EPIC" … one
 * per line under the contacts, the heading left out or lost in a page break. Where a document has
 * no skills section, the longest run of short lines the model reads as skills (four at least, three
 * in four of the run) in its header, contacts or summary is its skills section.
 */
final class UnheadedSkills {

  private static final int LEAST = 4;

  private static final int MAX_WORDS = 4;

  private static final List<Section> WHERE =
      List.of(Section.HEADER, Section.CONTACT, Section.SUMMARY);

  private UnheadedSkills() {}

  static void find(Map<Section, List<Line>> sections, LineRoles roles) {
    if (sections.containsKey(Section.SKILLS)) {
      return;
    }
    for (Section section : WHERE) {
      List<Line> lines = sections.get(section);
      if (lines == null) {
        continue;
      }
      int[] run = longestRun(lines, roles);
      if (run != null) {
        List<Line> skills = new ArrayList<>(lines.subList(run[0], run[1]));
        lines.subList(run[0], run[1]).clear();
        sections.put(Section.SKILLS, skills);
        return;
      }
    }
  }

  /** From and to (exclusive) of the longest run of short lines mostly read as skills, or null. */
  private static int[] longestRun(List<Line> lines, LineRoles roles) {
    int[] best = null;
    for (int from = 0; from < lines.size(); from++) {
      int skills = 0;
      int to = from;
      while (to < lines.size() && isShort(lines.get(to))) {
        if (roles.is(lines.get(to), LineLabel.SKILL)) {
          skills++;
        }
        to++;
      }
      // The run starts and ends on a skill: an icon or a phone beside the list is not part of it.
      int start = from;
      while (start < to && !roles.is(lines.get(start), LineLabel.SKILL)) {
        start++;
      }
      while (to > start && !roles.is(lines.get(to - 1), LineLabel.SKILL)) {
        to--;
      }
      if (skills >= LEAST
          && skills * 4 >= (to - start) * 3
          && (best == null || to - start > best[1] - best[0])) {
        best = new int[] {start, to};
      }
      from = Math.max(from, to - 1);
    }
    return best;
  }

  private static boolean isShort(Line line) {
    String text = line.text().strip();
    return !text.isEmpty() && text.split("\\s+").length <= MAX_WORDS && !text.contains("@");
  }
}
