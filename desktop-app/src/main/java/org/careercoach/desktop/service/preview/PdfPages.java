package org.careercoach.desktop.service.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF on disk as plain pixels (a resume file under review): PDFBox renders each page
 * at {@link #DPI}, so the review can scale them to its pane and draw a field's box over them.
 * Thread-safe: each call has its own document and renderer. Slow: call it off the UI thread.
 */
public final class PdfPages {

  /**
   * Pixels per inch: sharp enough at the pane's usual width (about 600 px for a letter page is 72
   * dpi; 1.5 times that stays crisp when the person widens the pane) without the memory of 150 dpi.
   */
  public static final float DPI = 108;

  /** More pages than a resume has: a long file still opens quickly, and its first pages show. */
  static final int MAX_PAGES = 12;

  /**
   * Renders the file's pages, at most {@value #MAX_PAGES}.
   *
   * @throws IOException when the file cannot be read as a PDF
   */
  public List<PageImage> render(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFRenderer renderer = new PDFRenderer(document);
      int pages = Math.min(document.getNumberOfPages(), MAX_PAGES);
      List<PageImage> images = new ArrayList<>(pages);
      for (int page = 0; page < pages; page++) {
        BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.RGB);
        int width = image.getWidth();
        int height = image.getHeight();
        images.add(new PageImage(width, height, image.getRGB(0, 0, width, height, null, 0, width)));
      }
      return images;
    }
  }
}
