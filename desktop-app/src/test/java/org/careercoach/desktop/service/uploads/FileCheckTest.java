package org.careercoach.desktop.service.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.careercoach.model.api.Capabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check before sending judges a file by its content, with the server's rules. */
class FileCheckTest {

  @TempDir Path dir;

  private static final Capabilities RULES =
      new Capabilities(200_000, FileCheck.KNOWN_TYPES, 30, 30, 1_000_000, 950_000, 10, false);

  private Path zip(String name, String entry) throws Exception {
    Path file = dir.resolve(name);
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      out.putNextEntry(new ZipEntry(entry));
      out.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return file;
  }

  @Test
  void typesAreTakenFromTheContent() throws Exception {
    Path pdf = TestDocuments.resume(dir.resolve("resume.txt"), "Ada");
    assertThat(FileCheck.check(pdf, Optional.empty()).contentType()).isEqualTo(FileCheck.PDF);
    assertThat(FileCheck.detect(zip("cv.docx", "word/document.xml"))).isEqualTo(FileCheck.DOCX);
    assertThat(FileCheck.detect(zip("cv.docx", "content.xml"))).isNull(); // a zip, not Word
    Path text = Files.writeString(dir.resolve("cv.pdf"), "Ada Lovelace — ingénieure\n");
    assertThat(FileCheck.detect(text)).isEqualTo(FileCheck.TXT);
    Path nul = Files.write(dir.resolve("nul.txt"), new byte[] {'A', 0, 'B'});
    assertThat(FileCheck.detect(nul)).isNull();
    Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    assertThat(FileCheck.detect(latin1)).isNull();
  }

  @Test
  void aLargeFileOfNoKnownTypeIsReadInChunksAndRefused() throws Exception {
    Path big = dir.resolve("video.txt");
    try (OutputStream out = Files.newOutputStream(big)) {
      byte[] text = "a line of plain text\n".repeat(3000).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 300; i++) { // about 19 MB of text, then one NUL
        out.write(text);
      }
      out.write(0);
    }
    FileCheck.Verdict verdict = FileCheck.check(big, Optional.empty());
    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.refusal()).contains("is not a PDF, Word document, Plain text file");
  }

  @Test
  void theServersSizeAndStorageRulesAreApplied() throws Exception {
    Path pdf = TestDocuments.ofSize(dir.resolve("big.pdf"), "Ada", 300_000);
    assertThat(FileCheck.check(pdf, Optional.of(RULES)).refusal())
        .contains("the server takes files up to 195 KB");
    Path small = TestDocuments.ofSize(dir.resolve("small.pdf"), "Ada", 60_000);
    assertThat(FileCheck.check(small, Optional.of(RULES)).refusal())
        .contains("does not fit")
        .contains("928 KB of the 977 KB");
    Capabilities pdfOnly =
        new Capabilities(
            200_000, List.of(FileCheck.KNOWN_TYPES.get(0)), 30, 30, 1_000_000, 0, 10, false);
    Path text = Files.writeString(dir.resolve("cv.txt"), "Ada\n");
    assertThat(FileCheck.check(text, Optional.of(pdfOnly)).refusal())
        .isEqualTo("cv.txt is not a PDF file (judged by its content, not its name).");
    Path empty = Files.createFile(dir.resolve("empty.pdf"));
    assertThat(FileCheck.check(empty, Optional.of(RULES)).refusal()).contains("is empty");
  }
}
