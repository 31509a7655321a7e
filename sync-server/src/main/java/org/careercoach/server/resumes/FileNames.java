package org.careercoach.server.resumes;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns the name a client sent into a safe display name: no folders, no control or bidi-override
 * characters, a sane length, and the extension of what the file really is. It is never used as a
 * storage key.
 */
final class FileNames {

  static final int MAX_LENGTH = 150;

  private FileNames() {}

  static String displayName(String original, DetectedType type) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    StringBuilder clean = new StringBuilder();
    name.codePoints()
        .filter(c -> !Character.isISOControl(c))
        .filter(c -> Character.getType(c) != Character.FORMAT)
        .filter(c -> Character.getType(c) != Character.SURROGATE)
        .forEach(clean::appendCodePoint);
    String base = clean.toString().replaceAll("\\s+", " ").strip();
    base = stripExtension(base).replaceAll("^[.\\s]+", "").strip();
    if (base.isEmpty()) {
      base = "resume";
    }
    if (base.codePointCount(0, base.length()) > MAX_LENGTH) {
      base = base.substring(0, base.offsetByCodePoints(0, MAX_LENGTH)).strip();
    }
    return base + type.extension;
  }

  /** Drops a resume-like extension, whichever the client claimed, so the real one can follow. */
  private static String stripExtension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String ext : new String[] {".pdf", ".docx", ".doc", ".txt", ".text", ".rtf"}) {
      if (lower.endsWith(ext)) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return name;
  }
}
