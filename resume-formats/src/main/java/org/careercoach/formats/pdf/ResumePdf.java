package org.careercoach.formats.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.careercoach.formats.Template;
import org.careercoach.formats.layout.Layouts;
import org.careercoach.model.resume.Resume;

/**
 * Writes a resume as a PDF: the template's XHTML rendered by openhtmltopdf on PDFBox, with DejaVu
 * Sans embedded (subset), real text and clickable links.
 *
 * <p>Safe to call from several threads at once: each call builds its own renderer and document; the
 * font files are read from the jar once, parsed once per thread, and their metrics cached across
 * calls, which is what keeps a warm render of two pages within the live preview's budget.
 */
public final class ResumePdf {

  private static final byte[] REGULAR = font("DejaVuSans.ttf");
  private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
  private static final FSCacheEx<String, FSCacheValue> FONT_METRICS = new SharedCache();

  /**
   * The parsed fonts, one pair per thread: parsing DejaVu costs about as much as laying out a page,
   * and FontBox's font objects are not meant to be shared between threads. The preview renders on
   * one background thread, so in practice they are parsed once.
   */
  private static final ThreadLocal<ParsedFonts> FONTS = ThreadLocal.withInitial(ParsedFonts::parse);

  static {
    // openhtmltopdf logs each render's steps at INFO; only its warnings are worth a log line.
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
  }

  private ResumePdf() {}

  /**
   * Writes {@code resume} in {@code template} to {@code out}, which is left open.
   *
   * @throws IOException when {@code out} cannot be written
   */
  public static void write(Resume resume, Template template, OutputStream out) throws IOException {
    Objects.requireNonNull(resume, "resume");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(out, "out");
    String html = ResumeHtml.render(Layouts.of(resume), template);
    ParsedFonts fonts = FONTS.get();
    try (PDDocument doc = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(doc);
      builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
      builder.useFont(
          new PDFontSupplier(PDType0Font.load(doc, fonts.regular(), true)),
          ResumeHtml.FONT,
          400,
          FontStyle.NORMAL,
          true);
      builder.useFont(
          new PDFontSupplier(PDType0Font.load(doc, fonts.bold(), true)),
          ResumeHtml.FONT,
          700,
          FontStyle.NORMAL,
          true);
      builder.withHtmlContent(html, null);
      builder.withProducer("Career Coach");
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        renderer.createPDFKeepOpen();
      }
      doc.save(out);
    }
  }

  /** The XHTML a template renders, for tests and for looking at a template in a browser. */
  static String html(Resume resume, Template template) {
    return ResumeHtml.render(Layouts.of(resume), template);
  }

  private record ParsedFonts(TrueTypeFont regular, TrueTypeFont bold) {
    static ParsedFonts parse() {
      try {
        return new ParsedFonts(
            new TTFParser().parse(new RandomAccessReadBuffer(REGULAR)),
            new TTFParser().parse(new RandomAccessReadBuffer(BOLD)));
      } catch (IOException e) {
        throw new UncheckedIOException("the fonts in the jar cannot be read", e);
      }
    }
  }

  private static byte[] font(String name) {
    try (InputStream in =
        ResumePdf.class.getResourceAsStream("/org/careercoach/formats/fonts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the font " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the font " + name + " from the jar", e);
    }
  }

  /** The metrics cache shared by every render; openhtmltopdf's default one is not thread-safe. */
  private static final class SharedCache implements FSCacheEx<String, FSCacheValue> {
    private final ConcurrentMap<String, FSCacheValue> store = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
      store.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
      return store.computeIfAbsent(
          key,
          k -> {
            try {
              return loader.call();
            } catch (Exception e) {
              throw new IllegalStateException("cannot load font metrics " + k, e);
            }
          });
    }

    @Override
    public FSCacheValue get(String key) {
      return store.get(key);
    }
  }
}
