package org.careercoach.server.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.careercoach.model.resume.PartialDate;
import org.careercoach.model.resume.Resume;
import org.careercoach.server.support.Uploads;
import org.junit.jupiter.api.Test;

class ResumeParserTest {

  private final ResumeParser parser = new ResumeParser();

  private static final String TEXT =
      """
      Ana Maria Silva
      Backend Engineer
      ana.silva@example.com | +1 (415) 555-0134 | https://anasilva.dev | Lisbon, Portugal
      LinkedIn: anasilva | GitHub: anasilva

      Summary
      Engineer who builds dependable services.

      Work Experience
      Senior Backend Engineer | Acme Corp | Lisbon
      Jan 2019 – Present
      - Led the payments platform rewrite
      - Cut p99 latency by 40%

      Globex, Porto                                  03/2016 - 12/2018
      Software Developer
      - Built the first API

      Education
      University of Lisbon                           2011 - 2015
      Bachelor of Science in Computer Science

      Skills
      Languages: Java, Kotlin, SQL
      Tools: Docker, Kubernetes

      Projects
      Ledger | https://github.com/ana/ledger
      A double-entry bookkeeping library.
      - 2k stars

      Certifications
      AWS Certified Developer - Amazon Web Services (2021)

      Volunteer Experience
      Code Club, Lisbon                              2017 - 2019
      Mentor
      - Taught Python to 30 children

      Awards
      Best Paper - ACM SIGMOD (2015)

      Interests
      Music: jazz, piano
      """;

  @Test
  void readsAPlainTextResume() {
    Resume resume = parser.parse(TEXT.getBytes(StandardCharsets.UTF_8), "cv.txt");

    assertThat(resume.basics().name()).isEqualTo("Ana Maria Silva");
    assertThat(resume.basics().label()).isEqualTo("Backend Engineer");
    assertThat(resume.basics().email()).isEqualTo("ana.silva@example.com");
    assertThat(resume.basics().phone()).isEqualTo("+1 (415) 555-0134");
    assertThat(resume.basics().url()).isEqualTo("https://anasilva.dev");
    assertThat(resume.basics().location().city()).isEqualTo("Lisbon");
    assertThat(resume.basics().profiles())
        .extracting("network")
        .containsExactly("LinkedIn", "GitHub");
    assertThat(resume.basics().summary()).isEqualTo("Engineer who builds dependable services.");

    assertThat(resume.work()).hasSize(2);
    assertThat(resume.work().get(0).name()).isEqualTo("Acme Corp");
    assertThat(resume.work().get(0).position()).isEqualTo("Senior Backend Engineer");
    assertThat(resume.work().get(0).startDate()).isEqualTo(PartialDate.ofMonth(2019, 1));
    assertThat(resume.work().get(0).endDate()).isNull();
    assertThat(resume.work().get(0).highlights())
        .containsExactly("Led the payments platform rewrite", "Cut p99 latency by 40%");
    assertThat(resume.work().get(1).name()).isEqualTo("Globex, Porto");
    assertThat(resume.work().get(1).position()).isEqualTo("Software Developer");
    assertThat(resume.work().get(1).endDate()).isEqualTo(PartialDate.ofMonth(2018, 12));

    assertThat(resume.education()).hasSize(1);
    assertThat(resume.education().get(0).institution()).isEqualTo("University of Lisbon");
    assertThat(resume.education().get(0).studyType()).isEqualTo("Bachelor of Science");
    assertThat(resume.education().get(0).area()).isEqualTo("Computer Science");
    assertThat(resume.skills()).extracting("name").containsExactly("Languages", "Tools");
    assertThat(resume.skills().get(0).keywords()).containsExactly("Java", "Kotlin", "SQL");

    assertThat(resume.projects()).hasSize(1);
    assertThat(resume.projects().get(0).name()).isEqualTo("Ledger");
    assertThat(resume.projects().get(0).url()).isEqualTo("https://github.com/ana/ledger");
    assertThat(resume.projects().get(0).description())
        .isEqualTo("A double-entry bookkeeping library.");
    assertThat(resume.projects().get(0).highlights()).containsExactly("2k stars");
    assertThat(resume.certificates()).hasSize(1);
    assertThat(resume.certificates().get(0).name()).isEqualTo("AWS Certified Developer");
    assertThat(resume.certificates().get(0).issuer()).isEqualTo("Amazon Web Services");
    assertThat(resume.certificates().get(0).date()).isEqualTo(PartialDate.ofYear(2021));

    assertThat(resume.volunteer()).hasSize(1);
    assertThat(resume.volunteer().get(0).organization()).isEqualTo("Code Club, Lisbon");
    assertThat(resume.volunteer().get(0).position()).isEqualTo("Mentor");
    assertThat(resume.volunteer().get(0).startDate()).isEqualTo(PartialDate.ofYear(2017));
    assertThat(resume.awards()).hasSize(1);
    assertThat(resume.awards().get(0).title()).isEqualTo("Best Paper");
    assertThat(resume.awards().get(0).awarder()).isEqualTo("ACM SIGMOD");
    assertThat(resume.awards().get(0).date()).isEqualTo(PartialDate.ofYear(2015));
    assertThat(resume.interests()).hasSize(1);
    assertThat(resume.interests().get(0).name()).isEqualTo("Music");
    assertThat(resume.interests().get(0).keywords()).containsExactly("jazz", "piano");

    var fields = resume.meta().extensions().get("x-careercoach").get("fields");
    assertThat(fields.get("basics.email").get("confidence").asDouble()).isGreaterThan(0.9);
    assertThat(fields.get("basics.email").get("line").asInt()).isEqualTo(3);
    assertThat(fields.get("basics.name").get("line").asInt()).isEqualTo(1);
    assertThat(fields.get("work[1]").get("line").asInt()).isEqualTo(15);
    assertThat(fields.has("basics.image")).as("nothing it did not find").isFalse();
  }

  @Test
  void readsTheTextLayerOfAPdfAndTheParagraphsOfADocx() throws Exception {
    Resume pdf = parser.parse(Uploads.pdf("Ana Maria Silva"), "cv.pdf");
    Resume docx = parser.parse(Uploads.docx(TEXT), "cv.docx");

    assertThat(pdf.basics().name()).isEqualTo("Ana Maria Silva");
    assertThat(docx.basics().name()).isEqualTo("Ana Maria Silva");
    assertThat(docx.work()).hasSize(2);
    assertThat(docx.education().get(0).institution()).isEqualTo("University of Lisbon");
  }

  @Test
  void neverInventsAResumeFromNothing() {
    assertThatThrownBy(() -> parser.parse(new byte[0], "empty.txt"))
        .isInstanceOf(ParseFailure.class);
    assertThatThrownBy(
            () -> parser.parse("\n\n   \n".getBytes(StandardCharsets.UTF_8), "blank.txt"))
        .isInstanceOf(ParseFailure.class);
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Resume fromNoise = parser.parse(noise, "noise.txt");
    assertThat(fromNoise.basics().name()).isNull();
    assertThat(fromNoise.basics().email()).isNull();
    assertThat(fromNoise.work()).isNull();
  }

  @Test
  void brokenAndHostileFilesFailWithAReason() {
    assertThatThrownBy(
            () ->
                parser.parse(
                    "%PDF-1.4\nthis is not a pdf".getBytes(StandardCharsets.ISO_8859_1), "x.pdf"))
        .isInstanceOf(ParseFailure.class)
        .hasMessageContaining("PDF");
    assertThatThrownBy(() -> parser.parse(Uploads.zipBombDocx(64), "bomb.docx"))
        .isInstanceOf(ParseFailure.class)
        .hasMessageContaining("Word document");
    assertThatThrownBy(() -> parser.parse(emptyPagePdf(), "scan.pdf"))
        .isInstanceOf(ParseFailure.class)
        .hasMessageContaining("no text layer");
  }

  private static byte[] emptyPagePdf() {
    String pdf =
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n";
    return pdf.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void lineBreaksInsideAWordParagraphEndLinesAsParagraphsDo() throws Exception {
    // pandoc writes an address block as one paragraph with breaks: each line is read on its own.
    byte[] docx;
    try (org.apache.poi.xwpf.usermodel.XWPFDocument document =
            new org.apache.poi.xwpf.usermodel.XWPFDocument();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("Milo Sporer");
      document.createParagraph().createRun().setText("Head Chef");
      org.apache.poi.xwpf.usermodel.XWPFRun contact = document.createParagraph().createRun();
      contact.setText("New York, US");
      contact.addBreak();
      contact.setText("(909) 429-9871");
      contact.addBreak();
      contact.setText("milo.sporer@example.com");
      document.createParagraph().createRun().setText("Experience");
      document.createParagraph().createRun().setText("Chef, Hotel Bellevue, 2019 - 2023");
      document.write(out);
      docx = out.toByteArray();
    }

    Resume resume = parser.parse(docx, "breaks.docx");

    assertThat(resume.basics().location().city()).isEqualTo("New York");
    assertThat(resume.basics().phone()).isEqualTo("(909) 429-9871");
    assertThat(resume.basics().email()).isEqualTo("milo.sporer@example.com");
  }
}
