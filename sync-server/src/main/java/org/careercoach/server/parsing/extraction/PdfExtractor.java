package org.careercoach.server.parsing.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.careercoach.model.api.ParseProvenance.SourcePage;
import org.careercoach.server.parsing.ParseFailure;
import org.careercoach.server.parsing.text.Document;
import org.careercoach.server.parsing.text.Glyphs;
import org.careercoach.server.parsing.text.Line;

/**
 * PDF with PDFBox, keeping layout: lines in reading order, split into segments where a wide gap
 * separates text (a right-aligned date), with each line's font size and weight.
 */
public final class PdfExtractor {

  private PdfExtractor() {}

  public static List<Line> extract(byte[] bytes) {
    return read(bytes).lines();
  }

  /** The PDF's lines, each character with its box, and the size of each page as it is shown. */
  public static Document read(byte[] bytes) {
    try (PDDocument pdf =
        Loader.loadPDF(
            new RandomAccessReadBuffer(bytes),
            "",
            null,
            null,
            MemoryUsageSetting.setupMixed(32L * 1024 * 1024).streamCache)) {
      if (pdf.getNumberOfPages() > Limits.MAX_PAGES) {
        throw new ParseFailure(
            ParseFailure.Kind.TOO_MANY_PAGES,
            "The PDF has " + pdf.getNumberOfPages() + " pages: too many for a resume.");
      }
      refuseExpandingContent(pdf);
      LineCollector collector = new LineCollector();
      collector.setSortByPosition(true);
      // Duplicates are dropped by OverlappingGlyphs, the same rule at a fraction of the cost.
      collector.setSuppressDuplicateOverlappingText(false);
      collector.writeText(pdf, new StringWriter());
      if (collector.lines.stream().allMatch(Line::isBlank)) {
        throw new ParseFailure(
            ParseFailure.Kind.NO_TEXT,
            "The PDF has no text layer (it is probably a scan): export it from your editor as a"
                + " text PDF, or upload the .docx.");
      }
      return new Document(collector.lines, collector.pages);
    } catch (InvalidPasswordException e) {
      throw new ParseFailure(
          ParseFailure.Kind.ENCRYPTED,
          "The PDF is password-protected: remove the password and upload it again.",
          e);
    } catch (IOException e) {
      throw new ParseFailure(
          ParseFailure.Kind.UNREADABLE, "The PDF is damaged and cannot be read.", e);
    }
  }

  /**
   * Decodes each page's content once, counting, before the text stripper reads it: PDFBox decodes a
   * content stream without bound, so a few kilobytes that inflate to hundreds of megabytes would
   * otherwise take seconds and, with text in it, a heap's worth of positions (the hostile tests).
   */
  private static void refuseExpandingContent(PDDocument pdf) throws IOException {
    long decoded = 0;
    byte[] buffer = new byte[64 * 1024];
    for (PDPage page : pdf.getPages()) {
      Iterator<PDStream> streams = page.getContentStreams();
      while (streams.hasNext()) {
        try (InputStream content = decoding(streams.next().getCOSObject())) {
          for (int read = content.read(buffer); read > 0; read = content.read(buffer)) {
            decoded += read;
            if (decoded > Limits.MAX_DECODED_PDF_CONTENT_BYTES) {
              throw new ParseFailure(
                  ParseFailure.Kind.TOO_LARGE,
                  "The PDF's pages expand to more content than a resume could.");
            }
          }
        }
      }
    }
  }

  /**
   * The stream decoded as it is read: PDFBox's own decoding first inflates it whole into memory, so
   * the common case (Flate alone, no predictor) is inflated here, streaming; others go to PDFBox.
   */
  private static InputStream decoding(COSStream stream) throws IOException {
    if (COSName.FLATE_DECODE.equals(stream.getFilters())
        && stream.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP) == null) {
      return new InflaterInputStream(stream.createRawInputStream());
    }
    return stream.createInputStream();
  }

  /** Gathers words into lines and segments as PDFBox emits them. */
  private static final class LineCollector extends PDFTextStripper {
    final List<Line> lines = new ArrayList<>();
    final List<SourcePage> pages = new ArrayList<>();
    private final List<PageLine> page = new ArrayList<>();
    private final List<String> segments = new ArrayList<>();
    private final List<Float> starts = new ArrayList<>();
    private final List<Float> ends = new ArrayList<>();
    private final List<Glyphs> glyphs = new ArrayList<>();
    private final StringBuilder segment = new StringBuilder();
    private final Glyphs.Builder segmentGlyphs = new Glyphs.Builder();
    private final Map<PDFont, float[]> fontExtents = new IdentityHashMap<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private final OverlappingGlyphs overlapping = new OverlappingGlyphs();
    private int rotation;
    private float cropWidth;
    private float cropHeight;
    private float segmentStart = Float.NaN;
    private float lastEnd = Float.NaN;
    private float columnEdge = Float.NaN;
    private float sizeTotal;
    private int chars;
    private int boldChars;
    private int totalChars;
    private int foundChars;

    LineCollector() throws IOException {
      super();
    }

    /**
     * PDFBox starts a new word only where it finds no space between two glyphs; after a space that
     * was drawn (a typesetter leaves one at the end of every wrapped line) it runs on into whatever
     * comes next on that line, however far right: the next column's text. A run is therefore cut
     * wherever its glyphs jump by a wide gap, by the same rule as between runs.
     */
    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      int from = 0;
      for (int i = 1; i < positions.size(); i++) {
        TextPosition previous = positions.get(i - 1);
        float gap =
            positions.get(i).getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
        if (gap > wideGap(positions.get(i))) {
          writeRun(text, positions, from, i);
          from = i;
        }
      }
      if (from == 0) {
        writeRun(text, positions);
      } else {
        writeRun(text, positions, from, positions.size());
      }
    }

    private void writeRun(String text, List<TextPosition> positions, int from, int to) {
      List<TextPosition> run = positions.subList(from, to);
      if (text.length() == positions.size()) {
        writeRun(text.substring(from, to), run);
      } else {
        // A ligature or a combined glyph: the run's text is its glyphs' text.
        StringBuilder glyphs = new StringBuilder();
        run.forEach(p -> glyphs.append(p.getUnicode()));
        writeRun(glyphs.toString(), run);
      }
    }

    private static float wideGap(TextPosition next) {
      return Math.max(next.getWidthOfSpace(), next.getFontSizeInPt() * 0.25f) * 2.5f;
    }

    private void writeRun(String text, List<TextPosition> positions) {
      if (positions.isEmpty()) {
        return;
      }
      TextPosition first = positions.get(0);
      if (!Float.isNaN(lastEnd)) {
        float gap = first.getXDirAdj() - lastEnd;
        if (gap > wideGap(first)) {
          closeSegment();
        } else if (!segment.isEmpty()) {
          segment.append(' ');
          segmentGlyphs.gap();
        }
      }
      if (segment.isEmpty()) {
        segmentStart = first.getXDirAdj();
      }
      segment.append(text);
      addGlyphs(text, positions);
      TextPosition last = positions.get(positions.size() - 1);
      lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
      for (TextPosition p : positions) {
        sizeTotal += p.getFontSizeInPt();
        chars++;
        if (boldFonts.computeIfAbsent(p.getFont(), LineCollector::isBold)) {
          boldChars++;
        }
      }
      totalChars += text.length();
      if (totalChars > Limits.MAX_CHARS) {
        throw new ParseFailure(
            ParseFailure.Kind.TOO_LARGE, "The PDF holds too much text to be a resume.");
      }
    }

    /**
     * Counts characters as PDFBox finds them, before it sorts a page: a page's text is otherwise
     * only written, and so only limited, at the page's end, after an endless content stream has
     * been collected in full (a hang and a heap's worth of positions: found by the hostile tests).
     */
    @Override
    protected void processTextPosition(TextPosition text) {
      foundChars++;
      if (foundChars > Limits.MAX_CHARS) {
        throw new ParseFailure(
            ParseFailure.Kind.TOO_LARGE, "The PDF holds too much text to be a resume.");
      }
      if (!overlapping.isDuplicate(text)) {
        super.processTextPosition(text);
      }
    }

    /**
     * A box per character of {@code text}: a glyph's own, or, where one glyph stands for several
     * characters (a ligature), that glyph's for each of them.
     */
    private void addGlyphs(String text, List<TextPosition> positions) {
      if (text.length() == positions.size()) {
        positions.forEach(this::addGlyph);
        return;
      }
      int total = 0;
      for (TextPosition p : positions) {
        total += p.getUnicode() == null ? 0 : p.getUnicode().length();
      }
      if (total == text.length()) {
        for (TextPosition p : positions) {
          for (int i = 0; i < p.getUnicode().length(); i++) {
            addGlyph(p);
          }
        }
        return;
      }
      for (int i = 0; i < text.length(); i++) {
        addGlyph(
            positions.get(Math.min(positions.size() - 1, i * positions.size() / text.length())));
      }
    }

    /**
     * The glyph's box on the page as shown: from its origin along the text's direction by its
     * width, and across it from the font's descent to its ascent, mapped through the page's
     * rotation (the positions are already relative to the crop box).
     */
    private void addGlyph(TextPosition p) {
      Matrix m = p.getTextMatrix();
      float a = m.getValue(0, 0);
      float b = m.getValue(0, 1);
      float length = (float) Math.hypot(a, b);
      float ux = length == 0 ? 1 : a / length;
      float uy = length == 0 ? 0 : b / length;
      float width = Math.abs(p.getWidthDirAdj());
      float upX = m.getValue(1, 0);
      float upY = m.getValue(1, 1);
      float[] extent = fontExtents.computeIfAbsent(p.getFont(), LineCollector::extentOf);
      float left = Float.MAX_VALUE;
      float top = Float.MAX_VALUE;
      float right = -Float.MAX_VALUE;
      float bottom = -Float.MAX_VALUE;
      for (int corner = 0; corner < 4; corner++) {
        float along = (corner & 1) == 0 ? 0 : width;
        float across = (corner & 2) == 0 ? extent[0] : extent[1];
        float x = m.getTranslateX() + ux * along + upX * across;
        float y = m.getTranslateY() + uy * along + upY * across;
        float shownX;
        float shownY;
        switch (rotation) {
          case 90 -> {
            shownX = y;
            shownY = x;
          }
          case 180 -> {
            shownX = cropWidth - x;
            shownY = y;
          }
          case 270 -> {
            shownX = cropHeight - y;
            shownY = cropWidth - x;
          }
          default -> {
            shownX = x;
            shownY = cropHeight - y;
          }
        }
        left = Math.min(left, shownX);
        right = Math.max(right, shownX);
        top = Math.min(top, shownY);
        bottom = Math.max(bottom, shownY);
      }
      segmentGlyphs.add(left, top, right, bottom);
    }

    /**
     * How far a font reaches below and above its baseline, as fractions of its size: the
     * descriptor's descent and ascent where they are plausible, else what most text fonts have.
     */
    private static float[] extentOf(PDFont font) {
      PDFontDescriptor descriptor = font == null ? null : font.getFontDescriptor();
      float ascent = descriptor == null ? 0 : descriptor.getAscent() / 1000f;
      float descent = descriptor == null ? 0 : descriptor.getDescent() / 1000f;
      return new float[] {
        descent < -0.4f || descent > 0 ? -0.2f : descent,
        ascent < 0.5f || ascent > 1.1f ? 0.75f : ascent
      };
    }

    @Override
    protected void startPage(PDPage pdPage) throws IOException {
      PDRectangle crop = pdPage.getCropBox();
      rotation = ((pdPage.getRotation() % 360) + 360) % 360;
      cropWidth = crop.getWidth();
      cropHeight = crop.getHeight();
      overlapping.clear();
      boolean sideways = rotation == 90 || rotation == 270;
      pages.add(
          new SourcePage(
              pages.size() + 1,
              sideways ? cropHeight : cropWidth,
              sideways ? cropWidth : cropHeight));
      super.startPage(pdPage);
    }

    @Override
    protected void writeWordSeparator() {
      // Spacing is decided in writeString from the real gap between words.
    }

    @Override
    protected void writeLineSeparator() {
      flush();
    }

    @Override
    protected void endPage(org.apache.pdfbox.pdmodel.PDPage pdPage) throws IOException {
      flush();
      List<PageLine> rows = SplitRanges.join(MarginColumn.split(page));
      float edge = Columns.edge(rows);
      if (!Float.isNaN(edge)) {
        columnEdge = edge;
      }
      for (PageLine line :
          Wraps.join(SplitRanges.joinStacked(Columns.readingOrder(rows, columnEdge)))) {
        if (lines.size() >= Limits.MAX_LINES) {
          throw new ParseFailure(
              ParseFailure.Kind.TOO_LARGE, "The PDF has too many lines to be a resume.");
        }
        lines.add(
            new Line(
                line.segments(),
                getCurrentPageNo(),
                lines.size() + 1,
                line.fontSize(),
                line.bold(),
                line.column(),
                Glyphs.join(line.glyphs(), 1)));
      }
      page.clear();
      super.endPage(pdPage);
    }

    void flush() {
      closeSegment();
      if (!segments.isEmpty()) {
        page.add(
            new PageLine(
                List.copyOf(segments),
                List.copyOf(starts),
                List.copyOf(ends),
                chars == 0 ? 0 : sizeTotal / chars,
                chars > 0 && boldChars * 2 > chars,
                List.copyOf(glyphs)));
      }
      segments.clear();
      starts.clear();
      ends.clear();
      glyphs.clear();
      lastEnd = Float.NaN;
      sizeTotal = 0;
      chars = 0;
      boldChars = 0;
    }

    private void closeSegment() {
      String raw = segment.toString();
      String text = raw.strip();
      if (!text.isEmpty()) {
        int lead = raw.indexOf(text);
        segments.add(text);
        starts.add(segmentStart);
        ends.add(lastEnd);
        glyphs.add(segmentGlyphs.build().slice(lead, lead + text.length()));
      }
      segment.setLength(0);
      segmentGlyphs.clear();
    }

    /** Whether the font is a bold cut, by its name (a font is asked once per document). */
    private static boolean isBold(PDFont font) {
      if (font == null || font.getName() == null) {
        return false;
      }
      String name = font.getName().toLowerCase(Locale.ROOT);
      return name.contains("bold") || name.contains("black") || name.contains("heavy");
    }
  }
}
