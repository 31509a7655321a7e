package org.careercoach.server.parsing.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a line of plain text into segments where tabs or runs of spaces separate columns. */
final class TextSegments {

  private static final Pattern GAP = Pattern.compile("\\t+| {3,}");

  private TextSegments() {}

  static List<String> split(String line) {
    List<String> segments = new ArrayList<>();
    for (String part : GAP.split(line.strip())) {
      String clean = part.strip();
      if (!clean.isEmpty()) {
        segments.add(clean);
      }
    }
    return segments;
  }
}
