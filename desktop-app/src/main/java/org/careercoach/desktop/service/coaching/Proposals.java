package org.careercoach.desktop.service.coaching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import tools.jackson.databind.JsonNode;

/**
 * Reads a model's rewrite reply ({@code PATH => new text}, one a line) into proposals, each checked
 * against the whole draft for facts it would invent: numbers (amounts, years, percentages), names
 * (capitalised words the draft never uses: employers, schools, products) and degrees. A line for a
 * field the draft does not have, or that changes nothing, is dropped.
 */
public final class Proposals {

  private static final Pattern LINE = Pattern.compile("^\\s*(\\S+?)\\s*=>\\s*(.+?)\\s*$");
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");

  /** A date as the draft stores one (2013-12-01): it states its year, not its month as a count. */
  private static final Pattern DATE = Pattern.compile("\\b(\\d{4})-\\d{2}(-\\d{2})?\\b");

  private static final Pattern NAME = Pattern.compile("(?<![\\p{L}'’])\\p{Lu}[\\p{L}&.'’-]*");
  private static final Pattern DEGREE =
      Pattern.compile(
          "(?i)\\b(ph\\.?d|mba|m\\.?sc|b\\.?sc|b\\.?a|m\\.?a|bachelor'?s?|master'?s?|doctorate"
              + "|degree|diploma)\\b");

  private Proposals() {}

  public static List<Proposal> read(String reply, Resume draft) {
    return read(reply, draft, List.of());
  }

  /**
   * As {@link #read(String, Resume)}, also refusing any of {@code watched} (the skills a job asks
   * for) that the draft never names, wherever it stands in the proposal, in any capitals: a
   * rephrasing toward a job must not claim what the job wants and the person never said.
   */
  public static List<Proposal> read(String reply, Resume draft, Collection<String> watched) {
    Map<String, String> fields = RewriteMaterial.fields(draft);
    String known = allText(draft);
    Set<String> knownWords = words(known);
    List<Proposal> proposals = new ArrayList<>();
    for (String line : reply.split("\\R")) {
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String path = m.group(1);
      String before = fields.get(path);
      String after = m.group(2);
      if (before == null || after.equals(before)) {
        continue;
      }
      List<String> invented = invented(after, known, knownWords);
      for (String term : watched) {
        if (mentions(after, term) && !mentions(known, term) && !invented.contains(term)) {
          invented.add(term);
        }
      }
      proposals.add(new Proposal(path, before, after, invented));
    }
    return proposals;
  }

  /** What {@code after} states that the draft nowhere does. */
  static List<String> invented(String after, String known, Set<String> knownWords) {
    Set<String> facts = new LinkedHashSet<>();
    Set<String> knownNumbers = numbers(known);
    Matcher number = NUMBER.matcher(after);
    while (number.find()) {
      if (!knownNumbers.contains(normal(number.group()))) {
        facts.add(number.group().replaceAll("[,.]+$", ""));
      }
    }
    Matcher name = NAME.matcher(after);
    while (name.find()) {
      String word = name.group().replaceAll("[.'’-]+$", "");
      boolean opensSentence = opensSentence(after, name.start());
      if (!opensSentence && !known(word.toLowerCase(Locale.ROOT), knownWords)) {
        facts.add(word);
      }
    }
    Matcher degree = DEGREE.matcher(after);
    while (degree.find()) {
      if (!knownWords.contains(degree.group().toLowerCase(Locale.ROOT).replace(".", ""))
          && !known.toLowerCase(Locale.ROOT).contains(degree.group().toLowerCase(Locale.ROOT))) {
        facts.add(degree.group());
      }
    }
    return new ArrayList<>(facts);
  }

  private static boolean mentions(String text, String term) {
    return Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(text)
        .find();
  }

  /**
   * The numbers a text states, each as {@link #normal}: "1,200" and "1200" are one. A date gives
   * its year only: "12" in 2013-12-01 is no count of anything a rewrite could cite.
   */
  private static Set<String> numbers(String text) {
    Set<String> numbers = new LinkedHashSet<>();
    Matcher dates = DATE.matcher(text);
    while (dates.find()) {
      numbers.add(dates.group(1));
    }
    Matcher m = NUMBER.matcher(DATE.matcher(text).replaceAll(" "));
    while (m.find()) {
      numbers.add(normal(m.group()));
    }
    return numbers;
  }

  private static String normal(String number) {
    return number.replaceAll("[,.]+$", "").replace(",", "").replaceFirst("^0+(?=\\d)", "");
  }

  /** A word the draft uses, as it is or in its singular or plural ("Score" for "Scores"). */
  private static boolean known(String word, Set<String> knownWords) {
    return knownWords.contains(word)
        || knownWords.contains(word + "s")
        || (word.endsWith("s") && knownWords.contains(word.substring(0, word.length() - 1)));
  }

  private static boolean opensSentence(String text, int at) {
    String before = text.substring(0, at).stripTrailing();
    return before.isEmpty() || before.endsWith(".") || before.endsWith(":") || before.endsWith(";");
  }

  /** Every string of the draft, wherever it stands. */
  private static String allText(Resume draft) {
    StringBuilder text = new StringBuilder();
    collect(CoachJson.mapper().valueToTree(draft), text);
    return text.toString();
  }

  private static void collect(JsonNode node, StringBuilder text) {
    if (node.isString()) {
      text.append(node.asString()).append('\n');
    }
    node.forEach(child -> collect(child, text));
  }

  private static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}&'’]+")) {
      if (!word.isEmpty()) {
        words.add(word.replaceAll("[.'’-]+$", ""));
      }
    }
    return words;
  }
}
