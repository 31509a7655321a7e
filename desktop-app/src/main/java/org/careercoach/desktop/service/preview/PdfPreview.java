package org.careercoach.desktop.service.preview;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.careercoach.formats.Template;
import org.careercoach.formats.pdf.ResumePdf;
import org.careercoach.model.resume.Basics;
import org.careercoach.model.resume.Resume;

/**
 * The preview drawn from the PDF the export writes, so it shows exactly what will print: the resume
 * goes through {@link ResumePdf} and each page is rasterised with PDFBox. Thread-safe: each call
 * has its own document and renderer.
 */
public final class PdfPreview implements PreviewRenderer {

  /** Pixels per inch: a page about 600 px wide, a little wider than the pane usually shows it. */
  static final float DPI = 72;

  /** More pages than any resume has: a draft pasted full of text still previews quickly. */
  static final int MAX_PAGES = 10;

  private static final AtomicBoolean warm = new AtomicBoolean();

  /**
   * Renders a small resume in each template once per process, so the first real preview does not
   * pay for loading the renderer's classes and fonts and for the JIT (seconds on two busy cores,
   * against a budget of half a second). Blocks; call it in the background once the window is idle.
   */
  public void warmUp() throws IOException {
    if (!warm.compareAndSet(false, true)) {
      return;
    }
    Resume sample =
        Resume.of(
            new Basics(
                "Warm Up",
                "Preview",
                null,
                null,
                null,
                null,
                "A short summary.",
                null,
                null,
                null));
    for (Template template : Template.values()) {
      render(sample, template);
    }
  }

  @Override
  public List<PageImage> render(Resume resume, Template template) throws IOException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    ResumePdf.write(resume, template, pdf);
    try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
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
