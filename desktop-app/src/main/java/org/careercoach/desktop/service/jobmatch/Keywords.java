package org.careercoach.desktop.service.jobmatch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job's keywords: the content words it repeats, leaving out the words every posting uses
 * ("experience", "team", "role"), and the words of its title. A word said once in passing
 * ("thousands of online shops") is not a keyword. Words compare by a light stem (plural and
 * -ing/-ed endings off), so "developing" in a draft covers "develop" in a job.
 */
final class Keywords {

  static final int COUNT = 20;

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}+#.-]*\\p{L}|\\p{L}");

  /** English function words and the vocabulary of job ads themselves. */
  private static final Set<String> COMMON =
      Set.of(
          "the",
          "and",
          "for",
          "with",
          "you",
          "your",
          "our",
          "are",
          "will",
          "have",
          "has",
          "that",
          "this",
          "from",
          "who",
          "what",
          "all",
          "can",
          "not",
          "but",
          "they",
          "their",
          "them",
          "its",
          "into",
          "about",
          "more",
          "other",
          "such",
          "able",
          "also",
          "any",
          "each",
          "how",
          "than",
          "well",
          "within",
          "across",
          "while",
          "where",
          "when",
          "which",
          "would",
          "should",
          "must",
          "may",
          "etc",
          "per",
          "via",
          "including",
          "include",
          "includes",
          "both",
          "own",
          "new",
          "one",
          "two",
          "three",
          "years",
          "year",
          "experience",
          "experienced",
          "team",
          "teams",
          "work",
          "working",
          "role",
          "roles",
          "job",
          "position",
          "candidate",
          "candidates",
          "company",
          "join",
          "looking",
          "ability",
          "abilities",
          "strong",
          "skills",
          "skill",
          "knowledge",
          "understanding",
          "requirements",
          "required",
          "preferred",
          "plus",
          "nice",
          "responsibilities",
          "qualifications",
          "good",
          "great",
          "excellent",
          "help",
          "make",
          "we",
          "us",
          "is",
          "be",
          "to",
          "of",
          "in",
          "on",
          "or",
          "an",
          "as",
          "at",
          "by",
          "it",
          "a",
          "if",
          "do",
          "so",
          "up",
          "out",
          "day",
          "days",
          "benefits",
          "salary",
          "apply",
          "opportunity",
          "environment",
          "related",
          "field",
          "degree",
          "bachelor's",
          "level",
          "based",
          "using",
          "use",
          "time",
          "full",
          "part",
          "minimum",
          "least",
          "equivalent",
          "relevant",
          "ideal",
          "ideally",
          "bonus",
          "offer",
          "people",
          "world",
          "like",
          "just",
          "get",
          "every");

  private Keywords() {}

  /**
   * The job's title words and repeated content words, at most {@link #COUNT}, most frequent first.
   */
  static List<String> of(String title, String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, String> shownAs = new LinkedHashMap<>();
    for (String word : words(text)) {
      if (word.length() < 3 || COMMON.contains(word)) {
        continue;
      }
      String stem = stem(word);
      counts.merge(stem, 1, Integer::sum);
      shownAs.putIfAbsent(stem, word);
    }
    Set<String> titled = new HashSet<>();
    for (String word : words(title)) {
      titled.add(stem(word));
    }
    List<String> stems = new ArrayList<>();
    for (String stem : counts.keySet()) {
      if (counts.get(stem) >= 2 || titled.contains(stem)) {
        stems.add(stem);
      }
    }
    stems.sort((a, b) -> counts.get(b) - counts.get(a)); // stable: first use breaks ties
    List<String> top = new ArrayList<>();
    for (String stem : stems.subList(0, Math.min(COUNT, stems.size()))) {
      top.add(shownAs.get(stem));
    }
    return top;
  }

  /** Those of {@code keywords} that {@code text} never uses. */
  static List<String> missing(List<String> keywords, String text) {
    Set<String> used = new HashSet<>();
    for (String word : words(text)) {
      used.add(stem(word));
    }
    return keywords.stream().filter(k -> !used.contains(stem(k))).toList();
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  static String stem(String word) {
    String w = word;
    for (String ending : List.of("ing", "ed", "es", "s")) {
      if (w.endsWith(ending) && w.length() - ending.length() >= 4) {
        return w.substring(0, w.length() - ending.length());
      }
    }
    return w;
  }
}
