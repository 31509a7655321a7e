package org.careercoach.desktop.service.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.careercoach.formats.Template;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.Test;

/** The preview's pages come from the real PDF export, rasterised by PDFBox. */
class PdfPreviewTest {

  private static Resume sample() throws Exception {
    try (InputStream in =
        PdfPreviewTest.class.getResourceAsStream("/org/careercoach/desktop/ui/editor/draft.json")) {
      return CoachJson.mapper().readValue(in, Resume.class);
    }
  }

  private static long inked(PageImage page) {
    return Arrays.stream(page.argb()).filter(pixel -> (pixel & 0xffffff) != 0xffffff).count();
  }

  @Test
  void eachTemplateDrawsItsPagesWithTextOnThem() throws Exception {
    PdfPreview preview = new PdfPreview();
    Resume resume = sample();

    List<PageImage> classic = preview.render(resume, Template.CLASSIC);
    List<PageImage> modern = preview.render(resume, Template.MODERN);

    assertThat(classic).isNotEmpty();
    PageImage first = classic.get(0);
    // A4 or US Letter at 72 dpi: 595 or 612 points wide, taller than wide.
    assertThat(first.width()).isBetween(590, 615);
    assertThat(first.height()).isGreaterThan(first.width());
    assertThat(inked(first)).isGreaterThan(first.width() * 10L);
    assertThat(modern.get(0).argb()).isNotEqualTo(first.argb());
  }

  @Test
  void anEmptyResumeStillGivesAPage() throws Exception {
    Resume empty =
        new Resume(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null);

    assertThat(new PdfPreview().render(empty, Template.CLASSIC)).hasSize(1);
  }
}
