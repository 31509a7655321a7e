package org.careercoach.server.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * ASVS 5.0 V6.2: at least 10 characters, at most 128, not the email (or its name part), and not one
 * of the commonly used passwords (nbvcxz's ranked list of leaked passwords).
 */
@Component
class PasswordPolicy {

  static final int MAX_LENGTH = 128;
  private static final String COMMON_PASSWORDS = "dictionaries/passwords.txt";

  private final int minLength;
  private final Set<String> common;

  PasswordPolicy(PasswordsProperties properties) {
    this.minLength = Math.max(10, properties.minLength());
    this.common = loadCommon(minLength);
  }

  /** Why the password is refused, in words for the user; empty when it is fine. */
  Optional<String> problem(String password, String email) {
    if (password == null || password.isEmpty()) {
      return Optional.of("is required");
    }
    int length = password.codePointCount(0, password.length());
    if (length < minLength) {
      return Optional.of("must be at least " + minLength + " characters");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (email != null && !email.isBlank()) {
      String mail = email.strip().toLowerCase(Locale.ROOT);
      String local = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
      if (lower.equals(mail) || (local.length() >= 4 && lower.equals(local))) {
        return Optional.of("must not be your email address");
      }
    }
    if (common.contains(lower)) {
      return Optional.of("is one of the most common passwords; choose another");
    }
    return Optional.empty();
  }

  private static Set<String> loadCommon(int minLength) {
    InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS);
    if (in == null) {
      throw new IllegalStateException("The common-password list is missing: " + COMMON_PASSWORDS);
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        if (word.length() >= minLength) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
