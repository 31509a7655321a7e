package org.careercoach.server.resumes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.careercoach.server.config.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * Decides what an upload is from its bytes (magic numbers and a cheap structural check), never from
 * its name or declared type, and refuses anything that is not a PDF, a DOCX or plain text. A DOCX
 * is checked from its zip directory alone, so a zip bomb is refused without inflating it.
 */
final class UploadInspector {

  static final int MAX_ZIP_ENTRIES = 2_000;
  static final long MAX_DOCX_EXPANDED = 100L * 1024 * 1024;
  static final long MAX_EXPANSION_RATIO = 100;
  private static final int SNIFF = 8 * 1024;

  private UploadInspector() {}

  static DetectedType inspect(Path file) throws IOException {
    long size = Files.size(file);
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF);
    }
    if (startsWith(head, "%PDF-") || pdfHeaderWithin(head)) {
      return DetectedType.PDF;
    }
    if (startsWith(head, "PK\u0003\u0004")) {
      checkDocx(file, size);
      return DetectedType.DOCX;
    }
    if (isExecutable(head)) {
      throw unsupported("This file is a program, not a resume.");
    }
    if (head.length >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF) {
      throw unsupported(
          "Word 97–2003 documents (.doc) are not supported: save it as .docx or PDF.");
    }
    if (isText(head)) {
      return DetectedType.TXT;
    }
    throw unsupported("This file is not a PDF, a Word document (.docx) or plain text.");
  }

  /** PDF readers accept up to 1 KB of junk before the header; so do we. */
  private static boolean pdfHeaderWithin(byte[] head) {
    int limit = Math.min(head.length, 1024);
    for (int i = 0; i + 5 <= limit; i++) {
      if (head[i] == '%'
          && head[i + 1] == 'P'
          && head[i + 2] == 'D'
          && head[i + 3] == 'F'
          && head[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }

  private static void checkDocx(Path file, long size) {
    Set<String> names = new HashSet<>();
    long expanded = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (names.size() >= MAX_ZIP_ENTRIES) {
          throw unsupported("This Word document has too many parts to be a resume.");
        }
        if (!names.add(entry.getName())) {
          throw unsupported("This Word document is damaged (it names a part twice).");
        }
        expanded += Math.max(0, entry.getSize());
        if (entry.getSize() < 0 || expanded > MAX_DOCX_EXPANDED) {
          throw unsupported("This Word document expands to far more than a resume could.");
        }
      }
    } catch (ZipException e) {
      throw unsupported("This file looks like a Word document but is damaged.");
    } catch (IOException e) {
      throw unsupported("This file looks like a Word document but cannot be read.");
    }
    if (expanded > Math.max(1, size) * MAX_EXPANSION_RATIO && expanded > 10L * 1024 * 1024) {
      throw unsupported("This Word document expands to far more than a resume could.");
    }
    if (!names.contains("[Content_Types].xml") || !names.contains("word/document.xml")) {
      throw unsupported("This is a zip file, not a Word document (.docx).");
    }
  }

  private static boolean isExecutable(byte[] head) {
    return startsWith(head, "MZ")
        || startsWith(head, "\u007fELF")
        || startsWith(head, "#!")
        || (head.length >= 4
            && (head[0] & 0xff) == 0xCA
            && (head[1] & 0xff) == 0xFE
            && (head[2] & 0xff) == 0xBA
            && (head[3] & 0xff) == 0xBE)
        || (head.length >= 4 && (head[0] & 0xff) == 0xCF && (head[1] & 0xff) == 0xFA);
  }

  /**
   * Text: a UTF-16 byte-order mark, or no NUL bytes and almost no control characters in the first 8
   * KB. The parser detects the exact charset.
   */
  private static boolean isText(byte[] head) {
    if (head.length >= 2
        && (((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF)
            || ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE))) {
      return true;
    }
    int controls = 0;
    for (byte b : head) {
      int c = b & 0xff;
      if (c == 0) {
        return false;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    return head.length > 0 && controls * 100 <= head.length;
  }

  private static boolean startsWith(byte[] head, String magic) {
    if (head.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (head[i] != (byte) magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static ApiProblem unsupported(String why) {
    return new ApiProblem(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "unsupported-file",
        "Unsupported file",
        why + " Upload a PDF, a Word document (.docx) or a plain-text (.txt) resume.");
  }
}
