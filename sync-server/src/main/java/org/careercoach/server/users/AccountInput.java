package org.careercoach.server.users;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What an email address and a display name may be. */
final class AccountInput {

  static final int MAX_EMAIL = 254;
  static final int MAX_NAME = 100;

  /** One @, no spaces or controls, a dot in the domain: what mail servers accept in practice. */
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

  private AccountInput() {}

  static String normalizeEmail(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  static Optional<String> emailProblem(String email) {
    String normalized = normalizeEmail(email);
    if (normalized.isEmpty()) {
      return Optional.of("is required");
    }
    if (normalized.length() > MAX_EMAIL) {
      return Optional.of("must be at most " + MAX_EMAIL + " characters");
    }
    if (!EMAIL.matcher(normalized).matches() || hasUnsafeCharacters(normalized)) {
      return Optional.of("is not an email address");
    }
    return Optional.empty();
  }

  static Optional<String> nameProblem(String name) {
    String stripped = name == null ? "" : name.strip();
    if (stripped.isEmpty()) {
      return Optional.of("is required");
    }
    if (stripped.codePointCount(0, stripped.length()) > MAX_NAME) {
      return Optional.of("must be at most " + MAX_NAME + " characters");
    }
    if (hasUnsafeCharacters(stripped)) {
      return Optional.of("contains control or invisible formatting characters");
    }
    return Optional.empty();
  }

  /**
   * Control characters (PostgreSQL refuses NUL), lone surrogates and the bidirectional overrides
   * used to disguise text. Joiners, which some scripts need, are allowed.
   */
  static boolean hasUnsafeCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return true;
      }
      if (Character.isLowSurrogate(c) || Character.isISOControl(c)) {
        return true;
      }
      if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF') {
        return true;
      }
    }
    return false;
  }
}
