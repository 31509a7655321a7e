package org.careercoach.server.parsing.heuristic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careercoach.server.parsing.text.Line;

/**
 * The pieces of a resume's header, each with its line and how tall it is set: a segment is cut at
 * bars, dots and wide spaces, and where two words stand further apart than the smaller of them is
 * tall ("San Francisco" in a margin beside "Richard Hendriks" set three times as large, on one
 * baseline and read as one segment).
 */
final class HeaderPieces {

  /** One piece of the header: its text, its line, and its height (NaN without positions). */
  record Piece(String text, Line origin, float height) {}

  private static final Pattern PIECES = Pattern.compile("\\s+[|·•]\\s+|\\s{2,}");

  private HeaderPieces() {}

  static List<Piece> of(List<Line> header) {
    List<Piece> pieces = new ArrayList<>();
    for (Line line : header) {
      int segmentFrom = 0;
      for (String segment : line.segments()) {
        Matcher separator = PIECES.matcher(segment);
        int from = 0;
        while (separator.find()) {
          cut(line, segmentFrom + from, segmentFrom + separator.start(), pieces);
          from = separator.end();
        }
        cut(line, segmentFrom + from, segmentFrom + segment.length(), pieces);
        segmentFrom += segment.length() + 1;
      }
    }
    return pieces;
  }

  /** Adds the text from {@code from} to {@code to} of the line, cut where its words stand apart. */
  private static void cut(Line line, int from, int to, List<Piece> pieces) {
    String text = line.text();
    int start = from;
    for (int k = from + 1; k < to - 1; k++) {
      if (text.charAt(k) == ' ' && isWideGap(line, k)) {
        add(line, start, k, pieces);
        start = k + 1;
      }
    }
    add(line, start, to, pieces);
  }

  private static boolean isWideGap(Line line, int space) {
    float[] left = line.box(space - 1, space);
    float[] right = line.box(space + 1, space + 2);
    if (left == null || right == null) {
      return false;
    }
    float gap = right[0] - (left[0] + left[2]);
    return gap > 1.2f * Math.min(left[3], right[3]);
  }

  private static void add(Line line, int from, int to, List<Piece> pieces) {
    String piece = line.text().substring(from, to);
    if (piece.isBlank() || HeuristicParser.RULE.matcher(piece).matches()) {
      return;
    }
    float[] box = line.box(from, to);
    pieces.add(new Piece(piece.strip(), line, box == null ? Float.NaN : box[3]));
  }
}
