package org.careercoach.server.config;

import java.security.SecureRandom;

/**
 * A short id that ties what a user is told ("reference 7KQ2-M9XD") to the log line and admin record
 * that hold the technical detail. Letters that read alike (I, L, O, U) are left out, so it can be
 * read over the phone.
 */
public final class ErrorReference {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private ErrorReference() {}

  public static String create() {
    StringBuilder id = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        id.append('-');
      }
      id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return id.toString();
  }
}
