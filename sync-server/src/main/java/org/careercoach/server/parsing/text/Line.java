package org.careercoach.server.parsing.text;

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
 * @param column 0, or 1 for the right column of a two-column page (a sidebar layout), whose
 *     sections carry on from page to page separately from the left column's
 * @param glyphs where each character of {@link #text()} stands on the page (PDF only; null
 *     otherwise)
 */
public record Line(
    List<String> segments,
    int page,
    int number,
    float fontSize,
    boolean bold,
    int column,
    Glyphs glyphs) {

  public Line {
    segments = segments.stream().map(Line::plainSpaces).toList();
  }

  /**
   * No-break and other typographic spaces read as plain spaces: web pages join "Senior
   * Associate,&nbsp;Acme" with one, and every rule that splits "Title, Employer" looks for a space.
   * One character for one, so glyph positions still match the text.
   */
  static String plainSpaces(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && Character.isSpaceChar(c)) {
        char[] chars = text.toCharArray();
        for (int j = i; j < chars.length; j++) {
          if (Character.isSpaceChar(chars[j])) {
            chars[j] = ' ';
          }
        }
        return new String(chars);
      }
    }
    return text;
  }

  /** A line without positions (DOCX, plain text). */
  public Line(
      List<String> segments, int page, int number, float fontSize, boolean bold, int column) {
    this(segments, page, number, fontSize, bold, column, null);
  }

  /** A line of a one-column page. */
  public Line(List<String> segments, int page, int number, float fontSize, boolean bold) {
    this(segments, page, number, fontSize, bold, 0);
  }

  public String text() {
    return String.join(" ", segments);
  }

  /** The box of characters {@code from} to {@code to} of {@link #text()}, or null (no PDF). */
  public float[] box(int from, int to) {
    return glyphs == null ? null : glyphs.box(from, to);
  }

  /** The box around the whole line, or null when it has no positions. */
  public float[] box() {
    return box(0, text().length());
  }

  public boolean isBlank() {
    return segments.stream().allMatch(String::isBlank);
  }
}
