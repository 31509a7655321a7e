package org.careercoach.desktop.service.uploads;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real PDFs made with PDFBox, so the tests need nothing from {@code ../shared}. */
final class TestDocuments {

  private TestDocuments() {}

  /** A one-page resume whose lines are {@code lines} (each file unique by what it says). */
  static Path resume(Path file, String... lines) throws IOException {
    return pages(file, List.of(List.of(lines)));
  }

  /** A resume of two pages, as people's usually are. */
  static Path twoPages(Path file, String who) throws IOException {
    return pages(
        file,
        List.of(
            List.of(
                who,
                who.toLowerCase().replace(' ', '.') + "@example.com",
                "+1 555 0100",
                "",
                "Experience",
                "Senior Engineer, Acme Corp, 2019 - 2024",
                "Built the billing system used by 2 million customers",
                "Led a team of five engineers",
                "Engineer, Initech, 2015 - 2019",
                "Maintained the reporting pipeline"),
            List.of(
                "Education",
                "BSc Computer Science, State University, 2011 - 2015",
                "",
                "Skills",
                "Java, SQL, Kubernetes, PostgreSQL",
                "",
                "Languages",
                "English, German")));
  }

  /**
   * A valid one-page PDF of about {@code bytes}: the page's text plus an attached stream of random
   * (incompressible) bytes, for measuring uploads.
   */
  static Path ofSize(Path file, String who, long bytes) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      write(doc, page, List.of(who, "Padding for an upload benchmark"));
      byte[] noise = new byte[(int) bytes];
      new Random(bytes).nextBytes(noise);
      PDStream padding = new PDStream(doc, new java.io.ByteArrayInputStream(noise));
      page.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.getPDFName("Padding"), padding);
      doc.save(file.toFile());
    }
    return file;
  }

  private static Path pages(Path file, List<List<String>> pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        write(doc, page, lines);
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private static void write(PDDocument doc, PDPage page, List<String> lines) throws IOException {
    try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
      text.beginText();
      text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      text.setLeading(16);
      text.newLineAtOffset(72, 720);
      for (String line : lines) {
        text.showText(line);
        text.newLine();
      }
      text.endText();
    }
  }
}
