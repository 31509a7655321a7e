package org.careercoach.server.drafts;

import java.util.UUID;
import org.careercoach.server.config.ApiProblem;

/**
 * A pull cursor, {@code "<epoch>.<seq>.<token>"}: this database's data epoch, the user's last
 * change seen and that change's random token (hex). No cursor at all means "from the start".
 */
record Cursor(UUID epoch, long seq, long token) {

  static Cursor start(UUID epoch) {
    return new Cursor(epoch, 0, 0);
  }

  /** The cursor a client sent, or null for none; 400 when it is not one of ours in form. */
  static Cursor parse(String text) {
    if (text == null || text.isBlank() || text.equals("0")) {
      return null;
    }
    String[] parts = text.split("\\.", -1);
    try {
      if (parts.length != 3) {
        throw new IllegalArgumentException("three parts expected");
      }
      long seq = Long.parseLong(parts[1]);
      if (seq < 0) {
        throw new IllegalArgumentException("negative sequence");
      }
      return new Cursor(UUID.fromString(parts[0]), seq, Long.parseUnsignedLong(parts[2], 16));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalid(
          "since",
          "is not a cursor this server gave out: send the cursor of the last answer, or none to"
              + " start from the beginning");
    }
  }

  @Override
  public String toString() {
    return epoch + "." + seq + "." + Long.toHexString(token);
  }
}
