package org.careercoach.server.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.careercoach.model.resume.Resume;
import org.careercoach.server.support.Uploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The known hostile shapes, and seeded random damage to real documents: every input ends in a
 * resume or a clear {@link ParseFailure} within the time limit, never another exception.
 */
class HostileDocumentsTest {

  private final ResumeParser parser = new ResumeParser(Duration.ofSeconds(10));

  @Test
  void aDocxWithThousandsOfEntriesIsRefused() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < 5_000; i++) {
        zip.putNextEntry(new ZipEntry("word/media/image" + i + ".png"));
        zip.closeEntry();
      }
    }
    assertThatThrownBy(() -> parser.parse(out.toByteArray(), "many.docx"))
        .isInstanceOf(ParseFailure.class);
  }

  @Test
  void aDocxZipBombIsRefusedBeforeItExpands() {
    // 64 MB of zeros deflates to about 64 KB: a ratio no real document has.
    assertThatThrownBy(() -> parser.parse(Uploads.zipBombDocx(64), "bomb.docx"))
        .isInstanceOf(ParseFailure.class);
  }

  @Test
  void aDocxWithTwoEntriesOfTheSameNameIsRefused() {
    byte[] docx =
        Uploads.zip(
            new String[] {"[Content_Types].xml", "word/document.xml", "word/documenX.xml"},
            new byte[][] {
              "<Types/>".getBytes(StandardCharsets.UTF_8),
              "<w:document/>".getBytes(StandardCharsets.UTF_8),
              "<w:document><w:body>other</w:body></w:document>".getBytes(StandardCharsets.UTF_8)
            });
    // Zip writers refuse duplicate names, so the second name is renamed in the bytes (its local
    // header and the central directory): two parts then claim to be the document.
    String latin1 = new String(docx, StandardCharsets.ISO_8859_1).replace("documenX", "document");
    byte[] duplicated = latin1.getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> parser.parse(duplicated, "twice.docx"))
        .isInstanceOf(ParseFailure.class);
  }

  @Test
  void aDocxWithExternalEntitiesResolvesNothing() throws Exception {
    String document =
        "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
    byte[] docx =
        Uploads.zip(
            new String[] {"[Content_Types].xml", "_rels/.rels", "word/document.xml"},
            new byte[][] {
              ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                      + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                  .getBytes(StandardCharsets.UTF_8),
              ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                  .getBytes(StandardCharsets.UTF_8),
              document.getBytes(StandardCharsets.UTF_8)
            });

    try {
      Resume resume = parser.parse(docx, "xxe.docx");
      assertThat(resume.toString()).doesNotContain("root:");
    } catch (ParseFailure refused) {
      assertThat(refused.getMessage()).contains("Word document");
    }
  }

  @Test
  void aSmallPdfWhoseStreamExpandsHugelyEndsInTimeAndMemory() throws Exception {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate = new DeflaterOutputStream(packed, new Deflater(9))) {
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 200; i++) {
        deflate.write(spaces);
      }
    }
    byte[] stream = packed.toByteArray();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    pdf.writeBytes(
        ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n"
                + "4 0 obj<</Length "
                + stream.length
                + "/Filter/FlateDecode>>stream\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    pdf.writeBytes(stream);
    pdf.writeBytes(
        "\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> parser.parse(pdf.toByteArray(), "bomb.pdf"))
        .isInstanceOf(ParseFailure.class);
  }

  @Test
  void aPageTreeThatContainsItselfEnds() {
    String looping =
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[2 0 R 3 0 R]/Count 2>>endobj\n"
            + "3 0 obj<</Type/Pages/Kids[2 0 R]/Count 1>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n";

    assertThatThrownBy(
            () -> parser.parse(looping.getBytes(StandardCharsets.ISO_8859_1), "loop.pdf"))
        .isInstanceOf(ParseFailure.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void randomlyDamagedDocumentsFailCleanly(int seed) throws Exception {
    Random random = new Random(seed);
    byte[][] originals = {
      Uploads.pdf("Ana Maria Silva, engineer"), Uploads.docx("Ana Maria Silva"), resumeText()
    };
    for (byte[] original : originals) {
      for (int round = 0; round < 5; round++) {
        byte[] damaged = damage(original, random);
        try {
          Resume resume = parser.parse(damaged, "fuzz");
          assertThat(resume).isNotNull();
        } catch (ParseFailure expected) {
          assertThat(expected.getMessage()).isNotBlank();
        }
      }
    }
  }

  private static byte[] damage(byte[] original, Random random) {
    byte[] copy;
    switch (random.nextInt(3)) {
      case 0 -> copy = java.util.Arrays.copyOf(original, random.nextInt(original.length + 1));
      case 1 -> {
        copy = original.clone();
        for (int i = 0; i < 1 + random.nextInt(20); i++) {
          copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
      }
      default -> {
        int at = random.nextInt(original.length);
        byte[] junk = new byte[random.nextInt(2000)];
        random.nextBytes(junk);
        copy = new byte[original.length + junk.length];
        System.arraycopy(original, 0, copy, 0, at);
        System.arraycopy(junk, 0, copy, at, junk.length);
        System.arraycopy(original, at, copy, at + junk.length, original.length - at);
      }
    }
    return copy;
  }

  private static byte[] resumeText() {
    return ("Ana Maria Silva\nana@example.com\n\nExperience\nAcme | Engineer\nJan 2019 - Present\n- Built it\n")
        .getBytes(StandardCharsets.UTF_8);
  }
}
