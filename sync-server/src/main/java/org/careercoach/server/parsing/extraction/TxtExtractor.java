package org.careercoach.server.parsing.extraction;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.careercoach.server.parsing.ParseFailure;
import org.careercoach.server.parsing.text.Line;

/** Plain text: the charset from a byte-order mark, else UTF-8 if valid, else Windows-1252. */
public final class TxtExtractor {

  private TxtExtractor() {}

  public static List<Line> extract(byte[] bytes) {
    String text = decode(bytes);
    if (text.length() > Limits.MAX_CHARS) {
      throw new ParseFailure(
          ParseFailure.Kind.TOO_LARGE, "The text file is too long to be a resume.");
    }
    List<Line> lines = new ArrayList<>();
    int number = 0;
    for (String raw : text.split("\\R", -1)) {
      number++;
      if (number > Limits.MAX_LINES) {
        throw new ParseFailure(
            ParseFailure.Kind.TOO_LARGE, "The text file has too many lines to be a resume.");
      }
      lines.add(new Line(TextSegments.split(raw.replace('\u00a0', ' ')), 1, number, 0f, false));
    }
    return lines;
  }

  static String decode(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }
}
