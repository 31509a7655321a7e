package org.careercoach.formats.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careercoach.formats.Fixtures.flat;
import static org.careercoach.formats.Fixtures.squash;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
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

class ResumePdfTest {

  @ParameterizedTest
  @EnumSource(Template.class)
  void everyFieldOfTheSampleIsInTheTextOfThePdf(Template template) throws Exception {
    Resume sample = Fixtures.sample();

    PdfReading pdf = PdfReading.of(sample, template);
    // Lines wrap after hyphens and inside long addresses, so white space is left out of the match.
    String text = squash(pdf.text());

    // A profile shows its network and user name; its address is the link behind them.
    List<String> missing =
        Fixtures.visibleTexts(sample).stream()
            .filter(t -> !text.contains(squash(t)) && !pdf.linkTargets().contains(t))
            .toList();
    assertThat(Fixtures.visibleTexts(sample)).hasSizeGreaterThan(40);
    assertThat(missing).as("in the text:%n%s", text).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Template.class)
  void emailWebAddressAndProfilesAreClickableLinks(Template template) throws Exception {
    Resume sample = Fixtures.sample();

    List<String> links = PdfReading.of(sample, template).linkTargets();

    assertThat(links)
        .contains(
            "mailto:" + sample.basics().email(),
            sample.basics().url(),
            sample.basics().profiles().get(0).url(),
            sample.work().get(0).url());
  }

  @ParameterizedTest
  @EnumSource(Template.class)
  void theFontsAreEmbeddedDejaVu(Template template) throws Exception {
    PdfReading pdf = PdfReading.of(Fixtures.twoPages(), template);

    assertThat(pdf.fonts())
        .isNotEmpty()
        .allSatisfy(
            font -> {
              assertThat(font.isEmbedded()).as(font.getName()).isTrue();
              assertThat(font.getName()).contains("DejaVuSans");
            });
  }

  @ParameterizedTest
  @EnumSource(Template.class)
  void noEntryHeadingIsLeftAloneAtTheBottomOfAPage(Template template) throws Exception {
    Resume resume = Fixtures.twoPages();
    List<String> headings = new ArrayList<>();
    for (Section section : Layouts.of(resume).sections()) {
      headings.add(section.title());
      for (Entry entry : section.entries()) {
        headings.add(entry.title());
        if (entry.dates() != null) {
          headings.add(entry.dates());
        }
      }
    }

    PdfReading pdf = PdfReading.of(resume, template);

    assertThat(pdf.pages()).as("the fixture must run onto a second page").isGreaterThanOrEqualTo(2);
    for (int page = 0; page < pdf.pages() - 1; page++) {
      List<String> lines =
          Arrays.stream(pdf.pageTexts().get(page).split("\\R"))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList();
      String last = lines.get(lines.size() - 1);
      assertThat(headings).as("last line of page %d: %s", page + 1, last).doesNotContain(last);
    }
  }

  @ParameterizedTest
  @EnumSource(Template.class)
  void hostileTextRendersAsTextNotMarkup(Template template) throws Exception {
    Resume hostile = Hostile.resume();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResumePdf.write(hostile, template, out);
    PdfReading pdf = PdfReading.of(out.toByteArray());

    String text = flat(pdf.text());
    assertThat(text).contains("<script>alert('x')</script> & \"quotes\" ]]>", "Team lead");
    assertThat(squash(text)).contains(Hostile.LONG_WORD);
    assertThat(pdf.linkTargets())
        .as("only web and mail addresses become links")
        .containsExactly("mailto:a&b@example.com");
  }

  @Test
  void theSectionsArePrintedInTheResumesOwnOrder() throws Exception {
    Resume reordered =
        new SectionOrder(List.of("skills", "education", "work")).applyTo(Fixtures.sample());

    String asIs = PdfReading.of(Fixtures.sample(), Template.CLASSIC).text();
    String text = PdfReading.of(reordered, Template.CLASSIC).text();

    assertThat(asIs.indexOf("Experience")).isLessThan(asIs.indexOf("Education"));
    assertThat(asIs.indexOf("Education")).isLessThan(asIs.indexOf("Skills"));
    assertThat(text.indexOf("Skills")).isLessThan(text.indexOf("Education"));
    assertThat(text.indexOf("Education")).isLessThan(text.indexOf("Experience"));
    assertThat(text.indexOf("Experience")).isLessThan(text.indexOf("Projects"));
  }

  @Test
  void modernDrawsItsSidebarTextAboveTheTintedBand() throws Exception {
    // Text extraction finds text even when a box is painted over it, so look at the pixels.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResumePdf.write(Fixtures.twoPages(), Template.MODERN, out);

    BufferedImage page;
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      page = new PDFRenderer(doc).renderImageWithDPI(0, 50);
    }
    int bandRight = (int) (page.getWidth() * 60 / 210.0);
    int darkInSidebar = 0;
    for (int y = 0; y < page.getHeight() / 2; y++) {
      for (int x = 0; x < bandRight; x++) {
        int rgb = page.getRGB(x, y);
        int luminance = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        if (luminance < 128) {
          darkInSidebar++;
        }
      }
    }
    assertThat(darkInSidebar).as("dark (text) pixels in the sidebar").isGreaterThan(200);
  }

  @Test
  void rendersOnSeveralThreadsAtOnceGiveTheSameText() throws Exception {
    Resume resume = Fixtures.twoPages();
    String alone = PdfReading.of(resume, Template.CLASSIC).text();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> texts = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Template template = Template.values()[i % 2];
        texts.add(pool.submit(() -> template + PdfReading.of(resume, template).text()));
      }
      String modern = PdfReading.of(resume, Template.MODERN).text();
      for (int i = 0; i < texts.size(); i++) {
        String expected = (i % 2 == 0 ? "CLASSIC" + alone : "MODERN" + modern);
        assertThat(texts.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
