package org.careercoach.desktop.ui.uploads;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.careercoach.model.api.ParseProvenance;
import org.careercoach.model.api.ParseProvenance.Box;
import org.careercoach.model.api.ParseProvenance.SourceLine;

/**
 * Real resume files for the review's tests: a PDF written with PDFBox, one line of text per given
 * line on letter pages, and the lines as a parser would record them (with each line's box in points
 * from the page's top-left, measured with the font's own widths).
 */
final class SourceFiles {

  static final float SIZE = 12;
  static final float LEADING = 18;
  static final float LEFT = 72;
  static final float TOP = 72;

  private SourceFiles() {}

  /** Writes the lines, {@code perPage} to a page, and returns them as read. */
  static List<SourceLine> pdf(Path file, List<String> lines, int perPage) throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    List<SourceLine> read = new ArrayList<>();
    try (PDDocument document = new PDDocument()) {
      PDPage page = null;
      PDPageContentStream content = null;
      for (int i = 0; i < lines.size(); i++) {
        if (i % perPage == 0) {
          if (content != null) {
            content.close();
          }
          page = new PDPage(PDRectangle.LETTER);
          document.addPage(page);
          content = new PDPageContentStream(document, page);
        }
        float top = TOP + (i % perPage) * LEADING;
        float baseline = PDRectangle.LETTER.getHeight() - top - SIZE;
        content.beginText();
        content.setFont(font, SIZE);
        content.newLineAtOffset(LEFT, baseline);
        content.showText(lines.get(i));
        content.endText();
        float width = font.getStringWidth(lines.get(i)) / 1000 * SIZE;
        read.add(
            new SourceLine(
                i + 1, i / perPage + 1, lines.get(i), new Box(LEFT, top, width, SIZE + 2)));
      }
      if (content != null) {
        content.close();
      }
      document.save(file.toFile());
    }
    return read;
  }

  static List<ParseProvenance.SourcePage> letterPages(int count) {
    List<ParseProvenance.SourcePage> pages = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      pages.add(
          new ParseProvenance.SourcePage(
              i, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight()));
    }
    return pages;
  }
}
