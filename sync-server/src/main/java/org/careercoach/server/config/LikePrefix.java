package org.careercoach.server.config;

import java.util.Locale;

/**
 * A search text as a SQL {@code like} pattern that matches what starts with it, in lower case, with
 * {@code %}, {@code _} and the escape character taken literally (use {@code escape '\'}). A prefix,
 * not a substring: it can use a {@code text_pattern_ops} index.
 */
public final class LikePrefix {

  private LikePrefix() {}

  public static String of(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    return lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
