package org.careercoach.formats.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.careercoach.formats.FieldProblem;

/**
 * Imports a JSON Resume file: bounded in size, strictly UTF-8, then every check of {@link
 * ResumeJson#read}. The outcome is a whole resume or the list of problems; a file is never taken in
 * part.
 */
public final class ResumeImport {

  /** The largest file accepted: a real resume is a few kilobytes. */
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  private ResumeImport() {}

  /** Imports the file at {@code file}; a file that cannot be read is a problem, not an error. */
  public static ImportResult read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return refused("is not a file that can be read: " + file.getFileName());
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        return tooLarge(size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        // Read at most one byte past the cap, in case the file grew after it was measured.
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        return read(bytes);
      }
    } catch (IOException e) {
      return refused("cannot be read: " + e.getMessage());
    }
  }

  /** Imports the bytes of a file. */
  public static ImportResult read(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return tooLarge(bytes.length);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (MalformedInputException e) {
      return refused(
          "is not UTF-8 text (a byte that UTF-8 does not allow is near byte "
              + offsetOf(bytes)
              + "): save it as UTF-8 and try again");
    } catch (CharacterCodingException e) {
      return refused("is not UTF-8 text: save it as UTF-8 and try again");
    }
    if (text.startsWith("\uFEFF")) {
      // Windows editors start UTF-8 files with a byte order mark; it is not part of the JSON.
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return refused("is empty: a JSON Resume file holds one JSON object");
    }
    return ResumeJson.read(text);
  }

  /** Where the first byte UTF-8 refuses is, found by decoding ever longer prefixes' validity. */
  private static int offsetOf(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : bytes.length;
  }

  private static ImportResult tooLarge(long size) {
    return refused(
        String.format(
            Locale.ROOT,
            "is %.1f MB; a resume file can be at most %d MB",
            size / (1024.0 * 1024.0),
            MAX_BYTES / (1024 * 1024)));
  }

  private static ImportResult refused(String message) {
    return new ImportResult.Refused(List.of(new FieldProblem("$", message)));
  }
}
