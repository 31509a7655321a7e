package org.careercoach.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careercoach.formats.Fixtures.squash;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.careercoach.formats.Fixtures;
import org.careercoach.formats.Hostile;
import org.careercoach.formats.Template;
import org.careercoach.formats.layout.Entry;
import org.careercoach.formats.layout.Layouts;
import org.careercoach.formats.layout.Section;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.SectionOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResumeDocxTest {

  @ParameterizedTest
  @EnumSource(Template.class)
  void everyFieldOfTheSampleIsInTheDocument(Template template) throws Exception {
    Resume sample = Fixtures.sample();

    try (XWPFDocument doc = render(sample, template)) {
      String text =
          squash(String.join("\n", paragraphs(doc).stream().map(XWPFParagraph::getText).toList()));
      List<String> links = links(doc);

      List<String> missing =
          Fixtures.visibleTexts(sample).stream()
              .filter(t -> !text.contains(squash(t)) && !links.contains(t))
              .toList();
      assertThat(missing).as("in the text:%n%s", text).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Template.class)
  void sectionsAndEntriesUseWordsHeadingStyles(Template template) throws Exception {
    Resume sample = Fixtures.sample();
    List<Section> sections = Layouts.of(sample).sections();

    try (XWPFDocument doc = render(sample, template)) {
      List<XWPFParagraph> paragraphs = paragraphs(doc);
      for (Section section : sections) {
        assertThat(styleOf(paragraphs, section.title())).as(section.title()).isEqualTo("Heading1");
        if (!section.compact()) {
          for (Entry entry : section.entries()) {
            if (!entry.title().isEmpty()) {
              assertThat(styleOf(paragraphs, entry.title()))
                  .as(entry.title())
                  .isEqualTo("Heading2");
            }
          }
        }
      }
      assertThat(styleOf(paragraphs, sample.basics().name())).isEqualTo("Title");
      assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
      assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
    }
  }

  @ParameterizedTest
  @EnumSource(Template.class)
  void highlightsAreParagraphsOfABulletedList(Template template) throws Exception {
    Resume resume = Fixtures.twoPages();

    try (XWPFDocument doc = render(resume, template)) {
      List<XWPFParagraph> paragraphs = paragraphs(doc);
      List<String> highlights =
          resume.work().stream().flatMap(w -> w.highlights().stream()).toList();
      for (String highlight : highlights) {
        XWPFParagraph item =
            paragraphs.stream()
                .filter(p -> p.getText().equals(highlight))
                .findFirst()
                .orElseThrow();
        assertThat(item.getNumID()).as(highlight).isNotNull();
        assertThat(item.getNumFmt()).isEqualTo("bullet");
        assertThat(item.getStyle()).isEqualTo("ListParagraph");
      }
      long listItems = paragraphs.stream().filter(p -> p.getNumID() != null).count();
      assertThat(listItems).isEqualTo(highlights.size());
    }
  }

  @ParameterizedTest
  @EnumSource(Template.class)
  void addressesAreHyperlinks(Template template) throws Exception {
    Resume sample = Fixtures.sample();

    try (XWPFDocument doc = render(sample, template)) {
      assertThat(links(doc))
          .contains(
              "mailto:" + sample.basics().email(),
              sample.basics().url(),
              sample.basics().profiles().get(0).url(),
              sample.work().get(0).url());
    }
  }

  @ParameterizedTest
  @EnumSource(Template.class)
  void hostileTextIsWrittenAsTextAndTheFileOpens(Template template) throws Exception {
    try (XWPFDocument doc = render(Hostile.resume(), template)) {
      String text =
          String.join("\n", paragraphs(doc).stream().map(XWPFParagraph::getText).toList());

      assertThat(text).contains(Hostile.MARKUP, Hostile.LONG_WORD, Hostile.RTL, Hostile.EMOJI);
      assertThat(text).contains("bell null lonesurrogate");
      assertThat(links(doc)).containsExactly("mailto:a&b@example.com");
    }
  }

  @Test
  void modernPutsTheOneLineSectionsInTheSidebarColumn() throws Exception {
    try (XWPFDocument doc = render(Fixtures.sample(), Template.MODERN)) {
      XWPFTable table = doc.getTables().get(0);
      String side = table.getRow(0).getCell(0).getText();
      String main = table.getRow(0).getCell(1).getText();

      assertThat(side).contains("Contact", "Skills", "Languages", "Interests");
      assertThat(main).contains("Experience", "Education").doesNotContain("Languages");
    }
  }

  @Test
  void classicPrintsTheSectionsInTheResumesOwnOrder() throws Exception {
    Resume reordered = new SectionOrder(List.of("education", "skills")).applyTo(Fixtures.sample());
    try (XWPFDocument doc = render(reordered, Template.CLASSIC)) {
      String text = new XWPFWordExtractor(doc).getText();

      assertThat(text.indexOf("Education")).isLessThan(text.indexOf("Skills"));
      assertThat(text.indexOf("Skills")).isLessThan(text.indexOf("Experience"));
    }
  }

  static XWPFDocument render(Resume resume, Template template) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResumeDocx.write(resume, template, out);
    return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
  }

  /** Every paragraph in reading order, table cells included. */
  static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
    List<XWPFParagraph> out = new ArrayList<>();
    for (IBodyElement element : doc.getBodyElements()) {
      if (element instanceof XWPFParagraph p) {
        out.add(p);
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            out.addAll(cell.getParagraphs());
          }
        }
      }
    }
    return out;
  }

  private static List<String> links(XWPFDocument doc) {
    List<String> out = new ArrayList<>();
    for (XWPFParagraph p : paragraphs(doc)) {
      for (XWPFRun run : p.getRuns()) {
        if (run instanceof XWPFHyperlinkRun link) {
          out.add(link.getHyperlink(doc).getURL());
        }
      }
    }
    return out;
  }

  private static String styleOf(List<XWPFParagraph> paragraphs, String text) {
    return paragraphs.stream()
        .filter(p -> p.getText().equals(text))
        .findFirst()
        .map(XWPFParagraph::getStyle)
        .orElseThrow(() -> new AssertionError("no paragraph reads: " + text));
  }
}
