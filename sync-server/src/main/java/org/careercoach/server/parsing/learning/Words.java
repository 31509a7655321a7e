package org.careercoach.server.parsing.learning;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text reduced to lower-case words of letters and digits, as labelling and features compare it. */
final class Words {

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

  private Words() {}

  /**
   * Lower case, accents and punctuation dropped, words single-spaced; a letter-spaced heading ("E X
   * P E R I E N C E") becomes its word.
   */
  static String normalize(String text) {
    String ascii = asciiWords(text);
    if (ascii != null) {
      return unspace(ascii);
    }
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    String words = NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return unspace(words);
  }

  /**
   * The common case without the cost of Unicode normalisation: ASCII text's words, lower case,
   * single-spaced; null when the text has other characters.
   */
  private static String asciiWords(String text) {
    StringBuilder words = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return null;
      }
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        words.append(c);
        space = false;
      } else if (c >= 'A' && c <= 'Z') {
        words.append((char) (c + ('a' - 'A')));
        space = false;
      } else if (!space) {
        words.append(' ');
        space = true;
      }
    }
    int end = words.length();
    if (end > 0 && words.charAt(end - 1) == ' ') {
      words.setLength(end - 1);
    }
    return words.toString();
  }

  /** "e x p e r i e n c e" → "experience"; text of real words is returned as it is. */
  static String unspace(String words) {
    if (words.length() < 5) {
      return words;
    }
    String[] parts = words.split(" ");
    int single = 0;
    for (String part : parts) {
      if (part.length() == 1) {
        single++;
      }
    }
    if (parts.length >= 4 && single * 10 >= parts.length * 8) {
      return words.replace(" ", "");
    }
    return words;
  }

  static int count(String normalized) {
    if (normalized.isEmpty()) {
      return 0;
    }
    int count = 1;
    for (int i = 0; i < normalized.length(); i++) {
      if (normalized.charAt(i) == ' ') {
        count++;
      }
    }
    return count;
  }

  /** Whether {@code part} occurs in {@code whole} as whole words (both normalized). */
  static boolean containsWords(String whole, String part) {
    if (part.isEmpty() || whole.length() < part.length()) {
      return false;
    }
    int at = whole.indexOf(part);
    while (at >= 0) {
      int end = at + part.length();
      if ((at == 0 || whole.charAt(at - 1) == ' ')
          && (end == whole.length() || whole.charAt(end) == ' ')) {
        return true;
      }
      at = whole.indexOf(part, at + 1);
    }
    return false;
  }
}
