package org.careercoach.server.parsing.extraction;

import java.util.ArrayList;
import java.util.List;
import org.careercoach.server.parsing.text.DateRanges;
import org.careercoach.server.parsing.text.Glyphs;

/**
 * A left "column" that holds only labels for the text beside it (section headings set in a gutter,
 * as many HTML themes and LaTeX classes do), and the reading order that puts each label before what
 * it heads.
 */
final class LabelGutter {

  private LabelGutter() {}

  /**
   * Whether the left "column" holds only labels for the text beside it (section headings set in a
   * gutter, as many HTML themes and LaTeX classes do): a few short lines against a full column.
   * Read column by column, every heading would come before all the text it heads.
   */
  static boolean isLabelGutter(List<PageLine> left, List<PageLine> right) {
    if (left.isEmpty() || left.size() > right.size()) {
      return false;
    }
    int shortLines = 0;
    for (PageLine line : left) {
      String text = String.join(" ", line.segments()).strip();
      if (line.segments().size() == 1 && text.split("\\s+").length <= 3 && !text.contains("@")) {
        shortLines++;
      }
    }
    return shortLines * 10 >= left.size() * 8 && sparse(left) && levelWithText(left, right);
  }

  /**
   * Whether most of the left labels (a label's second line and the dates under it aside) stand
   * level with the first line of a block of text beside them, as a label stands beside what it
   * heads; a sidebar's lines fall where they may.
   */
  private static boolean levelWithText(List<PageLine> left, List<PageLine> right) {
    int labels = 0;
    int level = 0;
    for (int i = 0; i < left.size(); i++) {
      PageLine label = left.get(i);
      if (i > 0 && isCloseBelow(left.get(i - 1), label)) {
        continue;
      }
      labels++;
      for (int r = 0; r < right.size(); r++) {
        PageLine line = right.get(r);
        boolean opensBlock = r == 0 || !isCloseBelow(right.get(r - 1), line);
        if (opensBlock
            && Math.abs(line.top() - label.top())
                <= 0.5f * Math.max(label.fontSize(), line.fontSize())) {
          level++;
          break;
        }
      }
    }
    return level * 10 >= labels * 6;
  }

  /**
   * Whether the left lines stand apart like labels, each with space above it (a label set over two
   * lines has one close pair), rather than run on at line spacing like a sidebar's contacts and
   * skill list — which are short lines too, but a column of their own.
   */
  private static boolean sparse(List<PageLine> left) {
    int close = 0;
    float lastBottom = Float.NaN;
    for (PageLine line : left) {
      if (Float.isNaN(line.top())) {
        return false;
      }
      if (!Float.isNaN(lastBottom) && line.top() - lastBottom < line.fontSize() * 0.8f) {
        close++;
      }
      lastBottom = line.bottom();
    }
    return close * 2 <= left.size();
  }

  /**
   * The gutter's labels each put before the block of text it stands beside: a label set over two
   * lines ("Community" over "Involvement") first joined into one, the dates under it kept as a line
   * of their own after it (they open the entry beside it), and a label centred beside its block
   * ("Contact" beside three lines of contacts) put before the block's first line.
   */
  static List<PageLine> labelsBeforeTheirText(List<PageLine> left, List<PageLine> right) {
    List<PageLine> labels = new ArrayList<>();
    List<Float> labelTops = new ArrayList<>();
    float lastBottom = Float.NaN;
    for (PageLine line : left) {
      float top = line.top();
      int last = labels.size() - 1;
      boolean close =
          last >= 0
              && !Float.isNaN(lastBottom)
              && top - lastBottom < Math.max(line.fontSize(), labels.get(last).fontSize()) * 0.8f;
      if (close && !isDates(line) && !isDates(labels.get(last))) {
        labels.set(last, joined(labels.get(last), line));
      } else {
        labels.add(line);
        labelTops.add(close ? labelTops.get(last) : top);
      }
      lastBottom = line.bottom();
    }
    List<PageLine> ordered = new ArrayList<>();
    int placedUpTo = 0;
    int next = 0;
    for (int r = 0; r < right.size(); r++) {
      PageLine line = right.get(r);
      float top = line.top();
      if (next < labels.size()
          && !Float.isNaN(top)
          && !(labelTops.get(next) > top + line.fontSize())) {
        // Back to the first line of the block this line belongs to, not before text placed already.
        int blockStart = ordered.size();
        for (int k = r - 1; k >= placedUpTo && isCloseBelow(right.get(k), right.get(k + 1)); k--) {
          blockStart--;
        }
        List<PageLine> group = new ArrayList<>();
        while (next < labels.size() && !(labelTops.get(next) > top + line.fontSize())) {
          group.add(labels.get(next++));
        }
        ordered.addAll(blockStart, group);
        placedUpTo = r;
      }
      // One flow: the text is read in the labels' column, so each label heads what follows it.
      ordered.add(
          new PageLine(
              line.segments(),
              line.starts(),
              line.ends(),
              line.fontSize(),
              line.bold(),
              0,
              line.glyphs()));
    }
    ordered.addAll(labels.subList(next, labels.size()));
    return ordered;
  }

  /** Whether a line follows the one above at line spacing: one block of text. */
  private static boolean isCloseBelow(PageLine upper, PageLine lower) {
    float gap = lower.top() - upper.bottom();
    return !Float.isNaN(gap) && gap < Math.max(upper.fontSize(), lower.fontSize()) * 0.8f;
  }

  private static boolean isDates(PageLine line) {
    return DateRanges.leadingDate(String.join(" ", line.segments())) > 0;
  }

  private static PageLine joined(PageLine first, PageLine second) {
    String text = String.join(" ", first.segments()) + " " + String.join(" ", second.segments());
    List<Glyphs> glyphs = new ArrayList<>(first.glyphs());
    glyphs.addAll(second.glyphs());
    return new PageLine(
        List.of(text),
        List.of(first.starts().get(0)),
        List.of(Math.max(first.ends().get(first.ends().size() - 1), second.ends().get(0))),
        Math.max(first.fontSize(), second.fontSize()),
        first.bold() || second.bold(),
        first.column(),
        List.of(Glyphs.join(glyphs, 1)));
  }
}
