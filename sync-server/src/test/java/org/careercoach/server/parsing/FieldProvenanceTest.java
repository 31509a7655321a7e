package org.careercoach.server.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.careercoach.model.api.ParseProvenance;
import org.careercoach.model.api.ParseProvenance.Box;
import org.careercoach.model.api.ParseProvenance.FieldSource;
import org.careercoach.model.api.ParseProvenance.SourceLine;
import org.careercoach.model.api.ParseProvenance.SourcePage;
import org.careercoach.model.resume.Resume;
import org.careercoach.server.support.Uploads;
import org.junit.jupiter.api.Test;

/**
 * Every field the parser fills says where it came from: in a PDF made here with text at known
 * places, each field's box is where its words were drawn (within a point or two: the box runs from
 * the font's descent to its ascent); in DOCX and plain text, its line.
 */
class FieldProvenanceTest {

  /** Helvetica's ascent and descent (its AFM), at 10 pt: how far a box reaches from a baseline. */
  private static final float ASCENT = 7.18f;

  private static final float DESCENT = 2.07f;

  private final ResumeParser parser = new ResumeParser();

  @Test
  void aPdfFieldPointsAtItsWordsOnItsPageAlsoOnPageTwo() throws IOException {
    byte[] pdf =
        new Pdf()
            .page()
            .text(72, 80, "Ana Maria Silva", 20, true)
            .text(72, 100, "Backend Engineer", 10, false)
            .text(72, 116, "ana.silva@example.com", 10, false)
            .text(300, 116, "Lisbon, Portugal", 10, false)
            .text(72, 150, "Experience", 12, true)
            .text(72, 170, "Senior Backend Engineer | Acme Corp", 10, true)
            .text(450, 170, "Jan 2019 - Present", 10, false)
            .text(72, 185, "- Led the payments platform rewrite", 10, false)
            .text(72, 200, "- Cut p99 latency by 40%", 10, false)
            .page()
            .text(72, 80, "Education", 12, true)
            .text(72, 100, "University of Lisbon", 10, true)
            .text(450, 100, "2011 - 2015", 10, false)
            .text(72, 115, "Bachelor of Science in Computer Science", 10, false)
            .build();

    Resume resume = parser.parse(pdf, "cv.pdf");
    ParseProvenance provenance = ParseProvenance.of(resume).orElseThrow();

    assertThat(provenance.parser()).isEqualTo("heuristic");
    assertThat(provenance.pages())
        .containsExactly(new SourcePage(1, 612, 792), new SourcePage(2, 612, 792));
    Map<String, FieldSource> fields = provenance.fields();
    assertBox(fields.get("basics.email"), 1, 72, 116, width("ana.silva@example.com", false));
    assertBox(fields.get("basics.location.city"), 1, 300, 116, width("Lisbon", false));
    assertBox(
        fields.get("work[0].name"),
        1,
        72 + width("Senior Backend Engineer | ", true),
        170,
        width("Acme Corp", true));
    assertBox(fields.get("work[0].position"), 1, 72, 170, width("Senior Backend Engineer", true));
    assertBox(fields.get("work[0].startDate"), 1, 450, 170, width("Jan 2019", false));
    assertBox(
        fields.get("work[0].highlights[1]"),
        1,
        72 + width("- ", false),
        200,
        width("Cut p99 latency by 40%", false));
    assertBox(
        fields.get("education[0].institution"), 2, 72, 100, width("University of Lisbon", true));
    assertBox(
        fields.get("education[0].endDate"),
        2,
        450 + width("2011 - ", false),
        100,
        width("2015", false));
    // The entry as a whole: its line, and a box around all its fields.
    FieldSource job = fields.get("work[0]");
    assertThat(job.page()).isEqualTo(1);
    assertThat(job.box().y()).isLessThan(170 - ASCENT + 2);
    assertThat(job.box().y() + job.box().height()).isGreaterThan(200);
    // Every line as read, with its box; a field's line is one of them.
    SourceLine emailLine = line(provenance, fields.get("basics.email").line());
    assertThat(emailLine.text()).contains("ana.silva@example.com");
    assertThat(emailLine.page()).isEqualTo(1);
    assertThat(provenance.lines()).allSatisfy(l -> assertThat(l.box()).isNotNull());
    assertThat(line(provenance, fields.get("education[0].institution").line()).page()).isEqualTo(2);
  }

  @Test
  void aSidebarFieldAndAWrappedNamePointIntoTheirOwnColumn() {
    String wrapped = "Polytechnic Institute of";
    LayoutPdf pdf =
        new LayoutPdf()
            .bold(40, 60, "Contact")
            .text(40, 75, "ana.silva@example.com")
            .text(40, 89, "+1 (415) 555-0134")
            .bold(40, 115, "Education")
            .bold(40, 130, wrapped)
            .bold(40, 144, "Lisbon")
            .text(40, 158, "Master of Science,")
            .text(40, 172, "Software Engineering")
            .text(40, 186, "09/2014 - 06/2016")
            .bold(40, 215, "Skills")
            .text(40, 230, "Languages: Java,")
            .text(40, 244, "Kotlin, SQL, Go")
            .title(220, 60, "Ana Maria Silva")
            .text(220, 80, "Backend Engineer")
            .bold(220, 115, "Work History");
    float y = 130;
    for (String[] job :
        new String[][] {
          {"Senior Backend Engineer — Acme Corp", "01/2019 - Present · Lisbon"},
          {"Software Developer — Globex", "03/2016 - 12/2018 · Portland, Oregon"}
        }) {
      pdf.bold(220, y, job[0]).text(220, y + 14, job[1]);
      pdf.text(220, y + 28, "Led the payments platform rewrite across four teams and two regions");
      pdf.text(220, y + 42, "Cut the p99 latency of the ledger by forty per cent in one quarter");
      y += 70;
    }

    Map<String, FieldSource> fields =
        ParseProvenance.of(parser.parse(pdf.build(), "sidebar.pdf")).orElseThrow().fields();

    assertBox(fields.get("basics.email"), 1, 40, 75, width("ana.silva@example.com", false));
    assertBox(
        fields.get("work[1].name"),
        1,
        220 + width("Software Developer — ", true),
        200,
        width("Globex", true));
    assertBox(
        fields.get("skills[0].keywords[3]"),
        1,
        40 + width("Kotlin, SQL, ", false),
        244,
        width("Go", false));
    // A name wrapped over two lines of the sidebar: a box around both, in the sidebar only.
    Box school = fields.get("education[0].institution").box();
    assertThat(school.x()).isCloseTo(40, within(1.5));
    assertThat(school.y()).isCloseTo(130 - ASCENT, within(2.0));
    assertThat(school.y() + school.height()).isCloseTo(144 + DESCENT, within(2.0));
    assertThat(school.x() + school.width()).isLessThan(220);
  }

  @Test
  void aCroppedPageAndARotatedPageAreMeasuredAsTheyAreShown() throws IOException {
    byte[] cropped =
        new Pdf()
            .page()
            .crop(new PDRectangle(36, 50, 540, 700))
            .text(72, 80, "Ana Maria Silva", 20, true)
            .text(72, 116, "ana.silva@example.com", 10, false)
            .build();
    ParseProvenance croppedProvenance =
        ParseProvenance.of(parser.parse(cropped, "cropped.pdf")).orElseThrow();
    // Measured from the crop box's corner (36 pt in, 42 pt down the media box), as it is shown.
    assertThat(croppedProvenance.pages()).containsExactly(new SourcePage(1, 540, 700));
    assertBox(
        croppedProvenance.fields().get("basics.email"),
        1,
        72,
        116,
        width("ana.silva@example.com", false));

    byte[] rotated =
        new Pdf()
            .page()
            .rotate(90)
            .text(72, 80, "Ana Maria Silva", 20, true)
            .text(72, 116, "ana.silva@example.com", 10, false)
            .build();
    ParseProvenance rotatedProvenance =
        ParseProvenance.of(parser.parse(rotated, "rotated.pdf")).orElseThrow();
    // Shown turned a quarter clockwise: a landscape page, the text upright at the same places.
    assertThat(rotatedProvenance.pages()).containsExactly(new SourcePage(1, 792, 612));
    assertBox(
        rotatedProvenance.fields().get("basics.email"),
        1,
        72,
        116,
        width("ana.silva@example.com", false));
  }

  @Test
  void docxAndPlainTextFieldsPointAtTheirLinesWithoutBoxes() {
    String text =
        """
        Ana Maria Silva
        Backend Engineer
        ana.silva@example.com | Lisbon, Portugal

        Experience
        Senior Backend Engineer | Acme Corp
        Jan 2019 - Present
        - Led the payments platform rewrite

        Skills
        Languages: Java, Kotlin, SQL
        """;
    for (Resume resume :
        List.of(
            parser.parse(text.getBytes(StandardCharsets.UTF_8), "cv.txt"),
            parser.parse(Uploads.docx(text), "cv.docx"))) {
      ParseProvenance provenance = ParseProvenance.of(resume).orElseThrow();
      Map<String, FieldSource> fields = provenance.fields();

      assertThat(provenance.pages()).isEmpty();
      assertThat(provenance.lines()).extracting(SourceLine::text).startsWith("Ana Maria Silva");
      assertThat(provenance.lines()).allSatisfy(l -> assertThat(l.box()).isNull());
      assertThat(fields.values()).allSatisfy(f -> assertThat(f.box()).isNull());
      assertThat(fields.get("basics.email").line()).isEqualTo(3);
      assertThat(fields.get("basics.location.city").line()).isEqualTo(3);
      assertThat(fields.get("work[0].name").line()).isEqualTo(6);
      assertThat(fields.get("work[0].startDate").line()).isEqualTo(7);
      assertThat(fields.get("work[0].highlights[0]").line()).isEqualTo(8);
      assertThat(fields.get("skills[0].keywords[2]").line()).isEqualTo(11);
      assertThat(line(provenance, 11).text()).isEqualTo("Languages: Java, Kotlin, SQL");
      assertThat(fields.get("basics.email").confidence())
          .isGreaterThan(fields.get("basics.label").confidence());
    }
  }

  private static SourceLine line(ParseProvenance provenance, int number) {
    return provenance.lines().stream().filter(l -> l.number() == number).findFirst().orElseThrow();
  }

  /** The field's box: left edge, baseline (from the top) and width of the words drawn there. */
  private static void assertBox(FieldSource field, int page, float x, float baseline, float width) {
    assertThat(field).isNotNull();
    assertThat(field.page()).isEqualTo(page);
    Box box = field.box();
    assertThat(box).isNotNull();
    assertThat(box.x()).isCloseTo(x, within(1.5));
    assertThat(box.width()).isCloseTo(width, within(1.5));
    assertThat(box.y()).isCloseTo(baseline - ASCENT, within(2.0));
    assertThat(box.y() + box.height()).isCloseTo(baseline + DESCENT, within(2.0));
  }

  private static float width(String text, boolean bold) {
    try {
      return new PDType1Font(
                  bold
                      ? Standard14Fonts.FontName.HELVETICA_BOLD
                      : Standard14Fonts.FontName.HELVETICA)
              .getStringWidth(text)
          / 100f;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A PDF of letter pages with text drawn where a layout puts it: x and the baseline measured from
   * the top-left corner of the page as shown, whatever its crop box or rotation.
   */
  private static final class Pdf {
    private record Text(float x, float baseline, String text, float size, boolean bold) {}

    private record Page(List<Text> texts, PDRectangle[] crop, int[] rotation) {}

    private final List<Page> pages = new ArrayList<>();

    Pdf page() {
      pages.add(new Page(new ArrayList<>(), new PDRectangle[1], new int[1]));
      return this;
    }

    Pdf crop(PDRectangle box) {
      pages.get(pages.size() - 1).crop()[0] = box;
      return this;
    }

    Pdf rotate(int degrees) {
      pages.get(pages.size() - 1).rotation()[0] = degrees;
      return this;
    }

    Pdf text(float x, float baseline, String text, float size, boolean bold) {
      pages.get(pages.size() - 1).texts().add(new Text(x, baseline, text, size, bold));
      return this;
    }

    byte[] build() throws IOException {
      try (PDDocument pdf = new PDDocument();
          ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        for (Page spec : pages) {
          PDPage page = new PDPage(PDRectangle.LETTER);
          PDRectangle crop = spec.crop()[0];
          if (crop != null) {
            page.setCropBox(crop);
          }
          int rotation = spec.rotation()[0];
          page.setRotation(rotation);
          pdf.addPage(page);
          PDRectangle shown = crop == null ? page.getMediaBox() : crop;
          try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            for (Text t : spec.texts()) {
              content.beginText();
              content.setFont(t.bold() ? bold : regular, t.size());
              if (rotation == 90) {
                // Shown turned clockwise: drawn upwards, a shown (x, y) is the user space's (y, x).
                content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, t.baseline(), t.x()));
              } else {
                content.newLineAtOffset(
                    shown.getLowerLeftX() + t.x(), shown.getUpperRightY() - t.baseline());
              }
              content.showText(t.text());
              content.endText();
            }
          }
        }
        pdf.save(out);
        return out.toByteArray();
      }
    }
  }
}
