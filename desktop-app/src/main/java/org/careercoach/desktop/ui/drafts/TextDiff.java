package org.careercoach.desktop.ui.drafts;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two texts line by line (longest common subsequence) and pairs them side by side: lines
 * the same on both sides, lines changed (a removed line beside the added one that replaced it), and
 * lines only on one side. Resumes are a few hundred lines, so the quadratic table is small.
 */
final class TextDiff {

  private TextDiff() {}

  enum Change {
    SAME,
    CHANGED,
    REMOVED,
    ADDED
  }

  /**
   * One row of the side-by-side view.
   *
   * @param left the line in the older text; empty when it was added
   * @param right the line in the newer text; empty when it was removed
   */
  record Row(String left, String right, Change change) {}

  static List<Row> compare(List<String> older, List<String> newer) {
    int[][] common = new int[older.size() + 1][newer.size() + 1];
    for (int i = older.size() - 1; i >= 0; i--) {
      for (int j = newer.size() - 1; j >= 0; j--) {
        common[i][j] =
            older.get(i).equals(newer.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Row> rows = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < older.size() || j < newer.size()) {
      if (i < older.size() && j < newer.size() && older.get(i).equals(newer.get(j))) {
        flush(removed, added, rows);
        rows.add(new Row(older.get(i), newer.get(j), Change.SAME));
        i++;
        j++;
      } else if (j < newer.size() && (i == older.size() || common[i][j + 1] >= common[i + 1][j])) {
        added.add(newer.get(j++));
      } else {
        removed.add(older.get(i++));
      }
    }
    flush(removed, added, rows);
    return rows;
  }

  /** A run of removed lines next to a run of added ones reads as lines changed, side by side. */
  private static void flush(List<String> removed, List<String> added, List<Row> rows) {
    int paired = Math.min(removed.size(), added.size());
    for (int k = 0; k < paired; k++) {
      rows.add(new Row(removed.get(k), added.get(k), Change.CHANGED));
    }
    for (int k = paired; k < removed.size(); k++) {
      rows.add(new Row(removed.get(k), "", Change.REMOVED));
    }
    for (int k = paired; k < added.size(); k++) {
      rows.add(new Row("", added.get(k), Change.ADDED));
    }
    removed.clear();
    added.clear();
  }
}
