package org.careercoach.server.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files to upload in tests, and the multipart bodies that carry them. */
public final class Uploads {

  public static final String BOUNDARY = "coach-test-boundary-7f3a";

  private Uploads() {}

  /** One part of a multipart body. */
  public record Part(String field, String filename, String contentType, byte[] bytes) {}

  public static Part file(String filename, String contentType, byte[] bytes) {
    return new Part("file", filename, contentType, bytes);
  }

  public static byte[] body(List<Part> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part part : parts) {
      write(out, "--" + BOUNDARY + "\r\n");
      write(
          out,
          "Content-Disposition: form-data; name=\""
              + part.field()
              + "\"; filename=\""
              + part.filename()
              + "\"\r\n");
      write(out, "Content-Type: " + part.contentType() + "\r\n\r\n");
      out.writeBytes(part.bytes());
      write(out, "\r\n");
    }
    write(out, "--" + BOUNDARY + "--\r\n");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A small but well-formed one-page PDF. */
  public static byte[] pdf(String text) {
    String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
    String pdf =
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
            + "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
            + "4 0 obj<</Length "
            + content.length()
            + ">>stream\n"
            + content
            + "\nendstream endobj\n"
            + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n";
    return pdf.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A real Word document written by Apache POI, one paragraph per line of {@code text}. */
  public static byte[] docx(String text) {
    try (org.apache.poi.xwpf.usermodel.XWPFDocument docx =
            new org.apache.poi.xwpf.usermodel.XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : text.split("\n")) {
        docx.createParagraph().createRun().setText(line);
      }
      docx.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A DOCX-shaped zip whose document expands from kilobytes to {@code megabytes}. */
  public static byte[] zipBombDocx(int megabytes) {
    byte[] zeros = new byte[megabytes * 1024 * 1024];
    return zip(
        new String[] {"[Content_Types].xml", "word/document.xml"},
        new byte[][] {"<Types/>".getBytes(StandardCharsets.UTF_8), zeros});
  }

  public static byte[] zip(String[] names, byte[][] contents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < names.length; i++) {
        zip.putNextEntry(new ZipEntry(names[i]));
        zip.write(contents[i]);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The first bytes of an ELF executable, padded. */
  public static byte[] elfExecutable() {
    byte[] bytes = new byte[4096];
    Arrays.fill(bytes, (byte) 0);
    bytes[0] = 0x7f;
    bytes[1] = 'E';
    bytes[2] = 'L';
    bytes[3] = 'F';
    return bytes;
  }
}
