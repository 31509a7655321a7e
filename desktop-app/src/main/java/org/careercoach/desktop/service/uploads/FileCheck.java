package org.careercoach.desktop.service.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.careercoach.model.api.Capabilities;

/**
 * Checks a file against the server's rules before a byte is sent: its size, its type judged by its
 * content as the server does (a PDF starts with {@code %PDF-}, a Word document is a zip with {@code
 * word/document.xml}, plain text is UTF-8 without NULs; the name's extension proves nothing), and
 * the storage left. The server checks everything again itself.
 */
final class FileCheck {

  static final String PDF = "application/pdf";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String TXT = "text/plain";

  /** The types this app can tell apart, used until the server's own list is known. */
  static final List<Capabilities.FileType> KNOWN_TYPES =
      List.of(
          new Capabilities.FileType(PDF, List.of(".pdf"), "PDF"),
          new Capabilities.FileType(DOCX, List.of(".docx"), "Word document"),
          new Capabilities.FileType(TXT, List.of(".txt"), "Plain text"));

  /** The outcome: the detected type, or why the file is refused. */
  record Verdict(String contentType, String refusal) {
    boolean passed() {
      return refusal == null;
    }
  }

  private FileCheck() {}

  /** Checks {@code file} against {@code rules} (empty: only what this app knows by itself). */
  static Verdict check(Path file, Optional<Capabilities> rules) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    long size;
    try {
      if (!Files.isRegularFile(file)) {
        return refused(name + " is not a file that can be read (a folder, or it was moved).");
      }
      size = Files.size(file);
    } catch (IOException e) {
      return refused(name + " could not be read: " + e.getMessage());
    }
    if (size == 0) {
      return refused(name + " is empty: choose a resume file with some content.");
    }
    if (rules.isPresent() && size > rules.get().maxUploadBytes()) {
      return refused(
          name
              + " is "
              + bytes(size)
              + "; the server takes files up to "
              + bytes(rules.get().maxUploadBytes())
              + ".");
    }
    String type;
    try {
      type = detect(file);
    } catch (IOException e) {
      return refused(name + " could not be read: " + e.getMessage());
    }
    List<Capabilities.FileType> accepted =
        rules.map(Capabilities::acceptedTypes).filter(l -> !l.isEmpty()).orElse(KNOWN_TYPES);
    if (type == null || accepted.stream().noneMatch(t -> t.mimeType().equals(type))) {
      return refused(
          name
              + " is not a "
              + accepted.stream().map(Capabilities.FileType::name).collect(Collectors.joining(", "))
              + " file (judged by its content, not its name).");
    }
    if (rules.isPresent()) {
      Capabilities c = rules.get();
      if (c.storageQuotaBytes() > 0 && c.storageUsedBytes() + size > c.storageQuotaBytes()) {
        return refused(
            name
                + " ("
                + bytes(size)
                + ") does not fit: your resumes use "
                + bytes(c.storageUsedBytes())
                + " of the "
                + bytes(c.storageQuotaBytes())
                + " each account may keep. Delete resumes you no longer need, then add it again.");
      }
    }
    return new Verdict(type, null);
  }

  /** The file's type by its content, or null when it is none this app knows. */
  static String detect(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8);
    }
    if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return PDF;
    }
    if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
      try (ZipFile zip = new ZipFile(file.toFile())) {
        return zip.getEntry("word/document.xml") != null ? DOCX : null;
      } catch (IOException notAZip) {
        return null;
      }
    }
    return isUtf8Text(file) ? TXT : null;
  }

  private static boolean isUtf8Text(Path file) throws IOException {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    // Text resumes are small; a large "text" file is read whole once, like the server does.
    byte[] all = Files.readAllBytes(file);
    for (byte b : all) {
      if (b == 0) {
        return false;
      }
    }
    try {
      utf8.decode(ByteBuffer.wrap(all));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static String bytes(long n) {
    if (n < 1024) {
      return n + " bytes";
    }
    if (n < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.0f KB", n / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024.0));
  }

  private static Verdict refused(String why) {
    return new Verdict(null, why);
  }
}
