package org.careercoach.server.parsing.extraction;

import java.util.List;

/**
 * A line of a PDF page before reading order is settled: its segments and where each starts and
 * ends.
 */
record PageLine(
    List<String> segments,
    List<Float> starts,
    List<Float> ends,
    float fontSize,
    boolean bold,
    int column) {

  PageLine(
      List<String> segments, List<Float> starts, List<Float> ends, float fontSize, boolean bold) {
    this(segments, starts, ends, fontSize, bold, 0);
  }
}
