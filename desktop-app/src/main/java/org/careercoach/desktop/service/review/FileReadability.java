package org.careercoach.desktop.service.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.careercoach.model.api.ParseProvenance;
import org.careercoach.model.api.ParseProvenance.FieldSource;
import org.careercoach.model.api.ParseProvenance.SourceLine;
import org.careercoach.model.api.ParseProvenance.SourcePage;

/**
 * How well machines (applicant tracking systems, and our own parser) can read an uploaded file,
 * judged from what the parser left: the lines it read with where they stand, and how sure it was of
 * each field. Three points: a PDF with little text is a scan; a page whose lines stand side by side
 * is set in columns that some readers interleave; many unsure fields mean the layout itself is hard
 * to read.
 */
public final class FileReadability {

  /** Fewer characters than this per page of a PDF: next to nothing is text, the rest an image. */
  static final int SCAN_CHARS_PER_PAGE = 200;

  /** Columns: at least this share of a page's lines stand beside another line... */
  static final double COLUMN_SHARE = 0.25;

  /** ...with at least this much space (points) between them. */
  static final double GUTTER = 6;

  /** A field below this confidence is one a person should check. */
  static final double UNSURE = 0.6;

  /** More than this share of unsure fields is a finding. */
  static final double UNSURE_SHARE = 0.2;

  private FileReadability() {}

  /** The readability points of a read file; none for a file the parser left no provenance on. */
  public static List<Finding> check(ParseProvenance read) {
    List<Finding> findings = new ArrayList<>();
    textLayer(read).ifPresent(findings::add);
    columns(read).ifPresent(findings::add);
    confidence(read).ifPresent(findings::add);
    return findings;
  }

  private static Optional<Finding> textLayer(ParseProvenance read) {
    int pages = read.pages().size();
    if (pages == 0) {
      return Optional.empty(); // DOCX and plain text are text by nature
    }
    long chars = read.lines().stream().mapToLong(l -> l.text().strip().length()).sum();
    if (chars >= (long) SCAN_CHARS_PER_PAGE * pages) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            CheckKind.TEXT_LAYER,
            "file",
            "text layer",
            String.format(
                Locale.ROOT,
                "Only %d characters of text on %d page%s: the PDF is mostly an image (a scan or a"
                    + " photo), which applicant tracking systems cannot read.",
                chars,
                pages,
                pages == 1 ? "" : "s"),
            "Save the resume as PDF from your word processor (File › Save as PDF), or upload the"
                + " DOCX itself."));
  }

  private static Optional<Finding> columns(ParseProvenance read) {
    for (SourcePage page : read.pages()) {
      List<SourceLine> lines =
          read.lines().stream().filter(l -> l.page() == page.number() && l.box() != null).toList();
      if (lines.size() < 10) {
        continue;
      }
      // A line with another at its height wholly to its left stands in a second column (a
      // sidebar's either side); a date set apart on its job's line is one such line per job.
      long beside = lines.stream().filter(r -> lines.stream().anyMatch(l -> leftOf(l, r))).count();
      if (beside >= COLUMN_SHARE * lines.size()) {
        return Optional.of(
            new Finding(
                CheckKind.COLUMNS,
                "file",
                "columns",
                "Page "
                    + page.number()
                    + " is set in columns: "
                    + beside
                    + " of its "
                    + lines.size()
                    + " lines stand beside others. Many applicant tracking systems read across"
                    + " the page and mix the columns line by line.",
                "Use one column; keep skills and contact details in the main flow, not in a"
                    + " sidebar."));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code l} stands at {@code r}'s height, ending before {@code r} starts. */
  private static boolean leftOf(SourceLine l, SourceLine r) {
    return l != r && l.box().x() + l.box().width() + GUTTER <= r.box().x() && sameHeight(l, r);
  }

  private static boolean sameHeight(SourceLine a, SourceLine b) {
    double top = Math.max(a.box().y(), b.box().y());
    double bottom = Math.min(a.box().y() + a.box().height(), b.box().y() + b.box().height());
    return bottom - top > 0.5 * Math.min(a.box().height(), b.box().height());
  }

  private static Optional<Finding> confidence(ParseProvenance read) {
    Map<String, FieldSource> fields = read.fields();
    if (fields.size() < 5) {
      return Optional.empty();
    }
    List<Map.Entry<String, FieldSource>> unsure =
        fields.entrySet().stream()
            .filter(e -> e.getValue().confidence() < UNSURE)
            .sorted(Comparator.comparingDouble(e -> e.getValue().confidence()))
            .toList();
    if (unsure.size() <= UNSURE_SHARE * fields.size()) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            CheckKind.PARSER_CONFIDENCE,
            unsure.get(0).getKey(),
            "confidence",
            String.format(
                Locale.ROOT,
                "The parser was unsure of %d of the %d fields it read (%d%%): other readers will"
                    + " struggle with this layout too.",
                unsure.size(),
                fields.size(),
                Math.round(100.0 * unsure.size() / fields.size())),
            "Check the fields marked unsure. Plain section headings (Experience, Education,"
                + " Skills), one date format and no tables or text boxes help every reader."));
  }
}
