package org.careercoach.server.parsing.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs of a page drawn twice at almost the same place (Word and some themes fake bold by
 * painting a word again a fraction of a point further right): the later one is a duplicate. The
 * rule is PDFBox's own (same text, within a third of the glyph's width across and down), kept in a
 * grid of rows instead of PDFBox's sorted maps, which cost a sixth of a PDF's parse time.
 */
final class OverlappingGlyphs {

  /** The grid's row height in points: about a line, so a lookup touches one or two rows. */
  private static final float ROW = 4f;

  private record Row(String text, int row) {}

  private final Map<Row, List<float[]>> seen = new HashMap<>();

  /** Forgets the page before. */
  void clear() {
    seen.clear();
  }

  /** Whether the glyph repeats one already seen on this page; if not, it is remembered. */
  boolean isDuplicate(TextPosition glyph) {
    String text = glyph.getUnicode();
    if (text == null || text.isEmpty()) {
      return false;
    }
    float x = glyph.getX();
    float y = glyph.getY();
    float tolerance = glyph.getWidth() / text.length() / 3.0f;
    if (tolerance > 0 && !Float.isInfinite(tolerance)) {
      int first = (int) Math.floor((y - tolerance) / ROW);
      int last = (int) Math.floor((y + tolerance) / ROW);
      for (int row = first; row <= last; row++) {
        List<float[]> points = seen.get(new Row(text, row));
        if (points == null) {
          continue;
        }
        for (float[] p : points) {
          if (p[0] >= x - tolerance
              && p[0] < x + tolerance
              && p[1] >= y - tolerance
              && p[1] < y + tolerance) {
            return true;
          }
        }
      }
    }
    seen.computeIfAbsent(new Row(text, (int) Math.floor(y / ROW)), r -> new ArrayList<>())
        .add(new float[] {x, y});
    return false;
  }
}
