package org.careercoach.desktop.ui.common;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks made before anything is sent, so obvious mistakes show at once. The server checks again
 * (and more: common passwords, taken emails); its answers are shown the same way.
 */
public final class FormRules {

  public static final int MIN_PASSWORD = 10;
  public static final int MAX_PASSWORD = 128;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

  private FormRules() {}

  public static Optional<String> email(String email) {
    String text = email == null ? "" : email.strip();
    if (text.isEmpty()) {
      return Optional.of("Enter your email address.");
    }
    if (!EMAIL.matcher(text).matches() || text.length() > 254) {
      return Optional.of("That doesn't look like an email address (name@example.com).");
    }
    return Optional.empty();
  }

  /** For signing in: any password the server might hold, just not an empty one. */
  public static Optional<String> enteredPassword(String password) {
    return password == null || password.isEmpty()
        ? Optional.of("Enter your password.")
        : Optional.empty();
  }

  /** For a new password: the length rules the server enforces. */
  public static Optional<String> newPassword(String password) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length == 0) {
      return Optional.of("Choose a password.");
    }
    if (length < MIN_PASSWORD) {
      return Optional.of(
          "Use at least " + MIN_PASSWORD + " characters; a few words make a good password.");
    }
    if (length > MAX_PASSWORD) {
      return Optional.of("Use at most " + MAX_PASSWORD + " characters.");
    }
    return Optional.empty();
  }

  public static Optional<String> repeated(String password, String repeat) {
    return password != null && password.equals(repeat)
        ? Optional.empty()
        : Optional.of("The two passwords are not the same.");
  }

  public static Optional<String> name(String name) {
    String text = name == null ? "" : name.strip();
    if (text.isEmpty()) {
      return Optional.of("Enter your name.");
    }
    return text.length() > 100 ? Optional.of("Use at most 100 characters.") : Optional.empty();
  }

  public static Optional<String> required(String value, String message) {
    return value == null || value.isBlank() ? Optional.of(message) : Optional.empty();
  }
}
