package org.careercoach.server.parsing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Builds a one-page PDF with text placed where a layout puts it, as an editor's export would. */
final class LayoutPdf {

  private record Text(float x, float y, String text, boolean bold, float size) {}

  private final List<Text> texts = new ArrayList<>();
  private boolean blankPage;

  LayoutPdf text(float x, float y, String text) {
    texts.add(new Text(x, y, text, false, 10));
    return this;
  }

  LayoutPdf bold(float x, float y, String text) {
    texts.add(new Text(x, y, text, true, 10));
    return this;
  }

  LayoutPdf title(float x, float y, String text) {
    texts.add(new Text(x, y, text, true, 20));
    return this;
  }

  /** Ends the document with a page without text, as a renderer's overflow can. */
  LayoutPdf blankPage() {
    blankPage = true;
    return this;
  }

  /** The width of a text at 10 pt, to place lines that fill a column. */
  static float width(String text) {
    try {
      return new PDType1Font(Standard14Fonts.FontName.HELVETICA).getStringWidth(text) / 100f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] build() {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        for (Text t : texts) {
          content.beginText();
          content.setFont(t.bold() ? bold : regular, t.size());
          content.newLineAtOffset(t.x(), 792 - t.y());
          content.showText(t.text());
          content.endText();
        }
      }
      if (blankPage) {
        pdf.addPage(new PDPage());
      }
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
