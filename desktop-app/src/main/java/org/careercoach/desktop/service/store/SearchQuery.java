package org.careercoach.desktop.service.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a person types into an FTS5 query: every word must match, each as the start of a word
 * ("java" finds "JavaScript"), and nothing typed is read as FTS5 syntax.
 */
final class SearchQuery {

  private SearchQuery() {}

  /** The query; empty when nothing searchable was typed. */
  static String of(String words) {
    if (words == null) {
      return "";
    }
    List<String> terms = new ArrayList<>();
    for (String word : words.strip().split("\\s+")) {
      if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
        terms.add("\"" + word.replace("\"", "\"\"") + "\"*");
      }
    }
    return String.join(" AND ", terms);
  }
}
