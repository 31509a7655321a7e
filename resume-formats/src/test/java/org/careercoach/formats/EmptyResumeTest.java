package org.careercoach.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.careercoach.formats.docx.ResumeDocx;
import org.careercoach.formats.json.ImportResult;
import org.careercoach.formats.json.ResumeJson;
import org.careercoach.formats.pdf.ResumePdf;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A resume just begun (nothing filled in) exports in every format: the preview shows it. */
class EmptyResumeTest {

  private static final Resume EMPTY =
      new Resume(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          Map.of());

  @ParameterizedTest
  @EnumSource(Template.class)
  void anEmptyResumeGivesOneBlankPageAndAnEmptyDocument(Template template) throws Exception {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    ResumePdf.write(EMPTY, template, pdf);
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    ResumeDocx.write(EMPTY, template, docx);

    try (var doc = Loader.loadPDF(pdf.toByteArray())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
    }
    try (var doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
      assertThat(doc.getParagraphs()).isNotEmpty();
    }
    assertThat(ResumeJson.read(ResumeJson.export(EMPTY)))
        .isEqualTo(new ImportResult.Imported(EMPTY));
  }
}
