package org.careercoach.desktop.ui.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careercoach.model.api.Capabilities;
import org.junit.jupiter.api.Test;

/** Sizes and the server's rules, in words. */
class FileRowTest {

  @Test
  void sizesReadAsPeopleSayThem() {
    assertThat(FileRow.size(1)).isEqualTo("1 byte");
    assertThat(FileRow.size(512)).isEqualTo("512 bytes");
    assertThat(FileRow.size(340 * 1024)).isEqualTo("340 KB");
    assertThat(FileRow.size(3_355_443)).isEqualTo("3.2 MB");
    assertThat(FileRow.size(2L * 1024 * 1024)).isEqualTo("2 MB");
    assertThat(FileRow.size(100L * 1024 * 1024)).isEqualTo("100 MB");
  }

  @Test
  void theRulesLineLeavesOutWhatIsUnlimited() {
    Capabilities unlimited =
        new Capabilities(
            5L * 1024 * 1024,
            List.of(new Capabilities.FileType("application/pdf", List.of(".pdf"), "PDF")),
            0,
            -1,
            0,
            0,
            10,
            true);
    assertThat(FileRow.rules(unlimited)).isEqualTo("PDF up to 5 MB");

    Capabilities lastOne =
        new Capabilities(
            5L * 1024 * 1024,
            List.of(
                new Capabilities.FileType("application/pdf", List.of(".pdf"), "PDF"),
                new Capabilities.FileType("text/plain", List.of(".txt"), "Plain text")),
            30,
            1,
            0,
            0,
            10,
            true);
    assertThat(FileRow.rules(lastOne))
        .isEqualTo("PDF or plain text up to 5 MB · 1 upload left this hour");
  }
}
