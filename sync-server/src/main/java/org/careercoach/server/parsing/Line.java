package org.careercoach.server.parsing;

import java.util.List;

/**
 * One line of a document as the reader sees it.
 *
 * @param segments the line's pieces of text, split where a wide gap or a tab separates them (a
 *     right-aligned date, a sidebar column)
 * @param page the page, from 1
 * @param number the line's position in the document, from 1
 * @param fontSize the dominant font size in points, 0 when unknown (plain text)
 * @param bold whether most of the line is bold
 */
record Line(List<String> segments, int page, int number, float fontSize, boolean bold) {

  Line {
    segments = List.copyOf(segments);
  }

  String text() {
    return String.join(" ", segments);
  }

  boolean isBlank() {
    return segments.stream().allMatch(String::isBlank);
  }
}
