package org.careercoach.server.parsing.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.careercoach.server.parsing.text.Bullets;
import org.careercoach.server.parsing.text.Contacts;
import org.careercoach.server.parsing.text.Glyphs;

/**
 * Joins the lines of a PDF page that a narrow column wrapped ("California Polytechnic State" over
 * "University"), so a name, a degree or a list reads as one line again. A break is a wrap when the
 * next line's first word would not have fitted in the room left at the end of the line: the
 * typesetter moved it down for want of space, not because the writer ended the line there.
 */
final class Wraps {

  /**
   * Lists set one item per line fill lines too, so a full line alone is not enough: the next line
   * must go on in lower case or with "&", or the line end mid-phrase or inside parentheses.
   */
  private static final Pattern CONTINUES =
      Pattern.compile(
          "(?:[-/,&]|\\b(?:and|or|of|in|for|the|to|with|at|on))$", Pattern.CASE_INSENSITIVE);

  private Wraps() {}

  /** The page's lines (in reading order) with wrapped lines joined; multi-part lines stay. */
  static List<PageLine> join(List<PageLine> page) {
    float[] rightEdge = {rightEdge(page, 0), rightEdge(page, 1)};
    List<PageLine> joined = new ArrayList<>();
    for (PageLine line : page) {
      int last = joined.size() - 1;
      if (last >= 0 && isWrapped(joined.get(last), line, rightEdge[Math.min(1, line.column())])) {
        joined.set(last, concat(joined.get(last), line));
      } else {
        joined.add(line);
      }
    }
    return joined;
  }

  /**
   * Where a column's text ends on the right: the line ends of its longer lines, taken at the 85th
   * percentile, because a long address can run past the column and a single such line must not move
   * the edge.
   */
  private static float rightEdge(List<PageLine> page, int column) {
    List<Float> ends = new ArrayList<>();
    for (PageLine line : page) {
      if (Math.min(1, line.column()) == column) {
        int last = line.segments().size() - 1;
        if (line.segments().get(last).contains(" ")) {
          ends.add(line.ends().get(last));
        }
      }
    }
    if (ends.isEmpty()) {
      return Float.MAX_VALUE;
    }
    ends.sort(Float::compare);
    return ends.get(Math.min(ends.size() - 1, (int) (ends.size() * 0.85)));
  }

  private static boolean isWrapped(PageLine above, PageLine line, float rightEdge) {
    if (line.segments().size() != 1
        || above.column() != line.column()
        || Math.abs(above.fontSize() - line.fontSize()) > 0.3f
        || Bullets.isBullet(line.segments().get(0))) {
      return false;
    }
    // Beside a date, the wrapped part is the line's last segment.
    int lastSegment = above.segments().size() - 1;
    String text = above.segments().get(lastSegment);
    float start = above.starts().get(lastSegment);
    float end = above.ends().get(lastSegment);
    float charWidth = (end - start) / Math.max(1, text.length());
    boolean aligned = Math.abs(line.starts().get(0) - start) <= charWidth * 2;
    // A bullet's wrapped text starts under the text, right of the bullet.
    boolean underBulletText = Bullets.isBullet(text) && line.starts().get(0) > start;
    if (!aligned && !underBulletText) {
      return false;
    }
    String next = line.segments().get(0).strip();
    if (Contacts.isContact(next)) {
      // An address, link or number set on its own line is an item of its own.
      return false;
    }
    String firstWord = next.split("\\s+", 2)[0];
    float room = Math.max(0, rightEdge - end);
    return room < charWidth * (firstWord.length() + 1.5f)
        && ((Character.isLowerCase(next.charAt(0)) && above.bold() == line.bold())
            || next.startsWith("&")
            || text.lastIndexOf('(') > text.lastIndexOf(')')
            || CONTINUES.matcher(text).find());
  }

  private static PageLine concat(PageLine above, PageLine line) {
    int last = above.segments().size() - 1;
    String first = above.segments().get(last);
    String second = line.segments().get(0);
    // "aaron-" over "baldwin/87" is one address; a word broken at a hyphen keeps it.
    boolean joinedWhole = first.endsWith("-") || first.endsWith("/");
    String text = joinedWhole ? first + second : first + " " + second;
    List<String> segments = new ArrayList<>(above.segments());
    segments.set(last, text);
    List<Glyphs> glyphs = new ArrayList<>(above.glyphs());
    glyphs.set(
        last,
        Glyphs.join(List.of(above.glyphs().get(last), line.glyphs().get(0)), joinedWhole ? 0 : 1));
    List<Float> ends = new ArrayList<>(above.ends());
    ends.set(last, Math.max(above.ends().get(last), line.ends().get(0)));
    return new PageLine(
        segments, above.starts(), ends, above.fontSize(), above.bold(), above.column(), glyphs);
  }
}
