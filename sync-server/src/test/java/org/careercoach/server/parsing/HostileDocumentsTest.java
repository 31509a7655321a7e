package org.careercoach.server.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.careercoach.model.resume.Resume;
import org.careercoach.server.support.Uploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The known hostile shapes, each refused with its own {@link ParseFailure.Kind} within a measured
 * time and allocation bound; and seeded random damage to real documents, which ends in a resume or
 * a refusal, never a parser bug ({@code INTERNAL}) or a hang ({@code TIMEOUT}).
 */
class HostileDocumentsTest {

  private static final Duration LIMIT = Duration.ofSeconds(10);

  private final ResumeParser parser = new ResumeParser(LIMIT);

  @TempDir Path temp;

  /**
   * Refused with its own kind, in time, and with the parsing thread's allocations bounded: a bound
   * a few times the measured figure, far below what the unguarded input would cost.
   */
  private static void assertRefused(
      MeasuredParse parse, ParseFailure.Kind kind, long maxMillis, long maxMegabytes) {
    System.out.println("measured: " + kind + " expected, " + parse);
    assertThat(parse.kind()).as("%s", parse).isEqualTo(kind);
    assertThat(parse.failure().getMessage()).isNotBlank();
    assertThat(parse.elapsed().toMillis()).as("%s", parse).isLessThan(maxMillis);
    assertThat(parse.allocatedMegabytes()).as("%s", parse).isBetween(0L, maxMegabytes);
  }

  @Test
  void aDocxWithThousandsOfEntriesIsRefused() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < 5_000; i++) {
        zip.putNextEntry(new ZipEntry("word/media/image" + i + ".png"));
        zip.closeEntry();
      }
    }
    assertRefused(
        MeasuredParse.of(out.toByteArray(), "many.docx", LIMIT),
        ParseFailure.Kind.TOO_MANY_ENTRIES,
        3_000,
        64);
  }

  @Test
  void aDocxZipBombIsRefusedBeforeItExpands() {
    // 64 MB of zeros deflates to about 64 KB: a ratio no real document has.
    assertRefused(
        MeasuredParse.of(Uploads.zipBombDocx(64), "bomb.docx", LIMIT),
        ParseFailure.Kind.TOO_LARGE,
        3_000,
        32);
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

    assertRefused(
        MeasuredParse.of(duplicated, "twice.docx", LIMIT), ParseFailure.Kind.UNREADABLE, 3_000, 32);
  }

  @Test
  void aDocxWithExternalEntitiesResolvesNothing() throws Exception {
    String document =
        "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";

    try {
      Resume resume = parser.parse(docxWithDocument(document), "xxe.docx");
      assertThat(resume.toString()).doesNotContain("root:");
    } catch (ParseFailure refused) {
      assertThat(refused.getMessage()).contains("Word document");
      assertThat(refused.kind()).isEqualTo(ParseFailure.Kind.UNREADABLE);
    }
  }

  @Test
  void aDocxWithABillionLaughsIsRefusedWithoutExpandingThem() {
    StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lollollollollollollollollol\">");
    for (int i = 1; i <= 9; i++) {
      entities.append("<!ENTITY lol").append(i).append(" \"");
      entities.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    String document =
        "<?xml version=\"1.0\"?><!DOCTYPE w:document ["
            + entities
            + "]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>";

    assertRefused(
        MeasuredParse.of(docxWithDocument(document), "laughs.docx", LIMIT),
        ParseFailure.Kind.UNREADABLE,
        3_000,
        64);
  }

  @Test
  void aDocxWithTablesNestedThousandsDeepIsRefused() {
    // Stored, not deflated: deflated, the repetition trips the zip-bomb ratio first.
    int depth = 5_000;
    String document =
        "<?xml version=\"1.0\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body>"
            + "<w:tbl><w:tr><w:tc>".repeat(depth)
            + "<w:p><w:r><w:t>deep</w:t></w:r></w:p>"
            + "</w:tc></w:tr></w:tbl>".repeat(depth)
            + "</w:body></w:document>";

    assertRefused(
        MeasuredParse.of(docxWithDocument(document, ZipEntry.STORED), "deep.docx", LIMIT),
        ParseFailure.Kind.TOO_DEEP,
        5_000,
        256);
  }

  @Test
  void aSmallPdfWhoseStreamExpandsHugelyEndsInTimeAndMemory() throws Exception {
    byte[] spaces = new byte[1 << 20];
    java.util.Arrays.fill(spaces, (byte) ' ');
    byte[] pdf = pdfWithContent(spaces, 200);

    assertRefused(MeasuredParse.of(pdf, "bomb.pdf", LIMIT), ParseFailure.Kind.TOO_LARGE, 3_000, 16);
  }

  @Test
  void aSmallPdfWhoseStreamExpandsIntoEndlessTextIsRefusedBeforeItIsRead() throws Exception {
    byte[] text =
        "BT /F1 12 Tf 72 720 Td (Ana Maria Silva engineer) Tj ET\n"
            .repeat(20_000)
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] pdf = pdfWithContent(text, 200);

    assertRefused(
        MeasuredParse.of(pdf, "text-bomb.pdf", LIMIT), ParseFailure.Kind.TOO_LARGE, 3_000, 16);
  }

  @Test
  void aPdfWithThousandsOfPagesIsRefusedBeforeReadingThem() {
    int pages = 10_000;
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n");
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < pages; i++) {
      kids.append(i + 3).append(" 0 R ");
    }
    pdf.append("2 0 obj<</Type/Pages/Kids[").append(kids).append("]/Count ").append(pages);
    pdf.append(">>endobj\n");
    for (int i = 0; i < pages; i++) {
      pdf.append(i + 3).append(" 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n");
    }
    pdf.append("trailer<</Root 1 0 R>>\n%%EOF\n");

    assertRefused(
        MeasuredParse.of(pdf.toString().getBytes(StandardCharsets.ISO_8859_1), "pages.pdf", LIMIT),
        ParseFailure.Kind.TOO_MANY_PAGES,
        5_000,
        256);
  }

  @Test
  void aPdfWhoseArraysNestHundredsOfThousandsDeepEndsAtPdfBoxsDepthLimit() {
    // PDFBox stops at its own recursion depth and drops the page's dictionary: no text is left.
    int depth = 200_000;
    String pdf =
        new String(Uploads.pdf("Ana Maria Silva, engineer"), StandardCharsets.ISO_8859_1)
            .replace("/MediaBox", "/Deep " + "[".repeat(depth) + "]".repeat(depth) + "/MediaBox");

    assertRefused(
        MeasuredParse.of(pdf.getBytes(StandardCharsets.ISO_8859_1), "deep.pdf", LIMIT),
        ParseFailure.Kind.NO_TEXT,
        3_000,
        64);
  }

  @Test
  void aPasswordProtectedPdfIsRefusedAsEncrypted() throws Exception {
    byte[] pdf;
    try (org.apache.pdfbox.pdmodel.PDDocument document =
            org.apache.pdfbox.Loader.loadPDF(Uploads.pdf("Ana Maria Silva"));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.protect(
          new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
              "owner-secret",
              "user-secret",
              new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
      document.save(out);
      pdf = out.toByteArray();
    }

    assertRefused(
        MeasuredParse.of(pdf, "locked.pdf", LIMIT), ParseFailure.Kind.ENCRYPTED, 3_000, 64);
  }

  @Test
  void aTextFileOfGigabytesIsRefusedWithoutBeingRead() throws Exception {
    Path huge = temp.resolve("huge.txt");
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(3L * 1024 * 1024 * 1024); // sparse: 3 GiB that take no disk
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();

    assertThatThrownBy(() -> parser.parse(huge))
        .isInstanceOf(ParseFailure.class)
        .extracting(failure -> ((ParseFailure) failure).kind())
        .isEqualTo(ParseFailure.Kind.TOO_LARGE);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(1024 * 1024);
  }

  @Test
  void aTextJustUnderTheFileLimitIsRefusedAtTheCharacterLimit() {
    byte[] text = new byte[19 * 1024 * 1024];
    java.util.Arrays.fill(text, (byte) 'a');

    assertRefused(
        MeasuredParse.of(text, "long.txt", LIMIT), ParseFailure.Kind.TOO_LARGE, 3_000, 160);
  }

  @Test
  void aDocxParagraphOfEndlessLineBreaksIsRefusedAtTheLineLimit() {
    // Each break inside a paragraph ends a line of its own: one paragraph can hold them all.
    String document =
        "<?xml version=\"1.0\"?><w:document"
            + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body><w:p><w:r>"
            + "<w:t>a</w:t><w:br/>".repeat(10_500)
            + "</w:r></w:p></w:body></w:document>";

    // Stored, not deflated: so repetitive a part would trip the zip-bomb ratio check first.
    MeasuredParse parse =
        MeasuredParse.of(docxWithDocument(document, ZipEntry.STORED), "breaks.docx", LIMIT);
    // POI reads such a run's text slowly (seconds for ten thousand breaks): the breaks are counted
    // and refused before it is read.
    assertRefused(parse, ParseFailure.Kind.TOO_LARGE, 3_000, 128);
    assertThat(parse.failure().getMessage()).contains("too many lines");
  }

  @Test
  void aTextOfEndlessShortLinesIsRefusedAtTheLineLimit() {
    byte[] text = "a\n".repeat(140_000).getBytes(StandardCharsets.UTF_8);

    assertRefused(
        MeasuredParse.of(text, "lines.txt", LIMIT), ParseFailure.Kind.TOO_LARGE, 3_000, 64);
  }

  @Test
  void aPageTreeThatContainsItselfEnds() {
    String looping =
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[2 0 R 3 0 R]/Count 2>>endobj\n"
            + "3 0 obj<</Type/Pages/Kids[2 0 R]/Count 1>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n";

    assertRefused(
        MeasuredParse.of(looping.getBytes(StandardCharsets.ISO_8859_1), "loop.pdf", LIMIT),
        // PDFBox's page tree skips the loop: no page is left with text.
        ParseFailure.Kind.NO_TEXT,
        3_000,
        32);
  }

  private static byte[] pdfWithContent(byte[] chunk, int times) throws Exception {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate = new DeflaterOutputStream(packed, new Deflater(9))) {
      for (int i = 0; i < times; i++) {
        deflate.write(chunk);
      }
    }
    byte[] stream = packed.toByteArray();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    pdf.writeBytes(
        ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
                + "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
                + "4 0 obj<</Length "
                + stream.length
                + "/Filter/FlateDecode>>stream\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    pdf.writeBytes(stream);
    pdf.writeBytes(
        "\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    return pdf.toByteArray();
  }

  private static byte[] docxWithDocument(String document) {
    return docxWithDocument(document, ZipEntry.DEFLATED);
  }

  private static byte[] docxWithDocument(String document, int method) {
    return zip(
        method,
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
        MeasuredParse parse = MeasuredParse.of(damaged, "fuzz", LIMIT);
        assertThat(parse.kind())
            .as("a parser bug or a hang, not a defence: %s", parse)
            .isNotIn(ParseFailure.Kind.INTERNAL, ParseFailure.Kind.TIMEOUT);
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

  private static byte[] zip(int method, String[] names, byte[][] contents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < names.length; i++) {
        ZipEntry entry = new ZipEntry(names[i]);
        entry.setMethod(method);
        if (method == ZipEntry.STORED) {
          java.util.zip.CRC32 crc = new java.util.zip.CRC32();
          crc.update(contents[i]);
          entry.setSize(contents[i].length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(contents[i]);
        zip.closeEntry();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
