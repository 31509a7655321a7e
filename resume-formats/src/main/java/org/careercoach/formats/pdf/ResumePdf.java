package org.careercoach.formats.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.careercoach.formats.Template;
import org.careercoach.formats.layout.Layouts;
import org.careercoach.model.resume.Resume;

/**
 * Writes a resume as a PDF: the template's XHTML rendered by openhtmltopdf on PDFBox, with DejaVu
 * Sans embedded (subset), real text and clickable links.
 *
 * <p>Safe to call from several threads at once: each call builds its own renderer; the font files
 * are read from the jar once and their metrics cached across calls, which is what keeps a warm
 * render of two pages well under the live preview's budget.
 */
public final class ResumePdf {

  private static final byte[] REGULAR = font("DejaVuSans.ttf");
  private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
  private static final FSCacheEx<String, FSCacheValue> FONT_METRICS = new SharedCache();

  /** openhtmltopdf logs each render's steps at INFO; only its warnings are worth a log line. */
  private static final Logger RENDERER_LOG = Logger.getLogger("com.openhtmltopdf");

  static {
    RENDERER_LOG.setLevel(Level.WARNING);
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
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
    builder.useFont(
        () -> new ByteArrayInputStream(REGULAR), ResumeHtml.FONT, 400, FontStyle.NORMAL, true);
    builder.useFont(
        () -> new ByteArrayInputStream(BOLD), ResumeHtml.FONT, 700, FontStyle.NORMAL, true);
    builder.withHtmlContent(html, null);
    builder.withProducer("Career Coach");
    builder.toStream(out);
    builder.run();
  }

  /** The XHTML a template renders, for tests and for looking at a template in a browser. */
  static String html(Resume resume, Template template) {
    return ResumeHtml.render(Layouts.of(resume), template);
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
