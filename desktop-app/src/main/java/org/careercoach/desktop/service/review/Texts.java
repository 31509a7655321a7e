package org.careercoach.desktop.service.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The little text handling the checks share: words, blanks, digits. */
final class Texts {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  private Texts() {}

  /** A list of the model, where absent ({@code null}) means none. */
  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The words of a text, in lower case, in order. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    if (text != null) {
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        words.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  static boolean hasDigit(String text) {
    return text != null && text.chars().anyMatch(Character::isDigit);
  }

  /** How many words a text has. */
  static int count(String text) {
    return words(text).size();
  }
}
