package org.careercoach.desktop.service.coaching;

import java.util.ArrayList;
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
  private static final Pattern NAME = Pattern.compile("(?<![\\p{L}'’])\\p{Lu}[\\p{L}&.'’-]*");
  private static final Pattern DEGREE =
      Pattern.compile(
          "(?i)\\b(ph\\.?d|mba|m\\.?sc|b\\.?sc|b\\.?a|m\\.?a|bachelor'?s?|master'?s?|doctorate"
              + "|degree|diploma)\\b");

  private Proposals() {}

  public static List<Proposal> read(String reply, Resume draft) {
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
      proposals.add(new Proposal(path, before, after, invented(after, known, knownWords)));
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
      if (!opensSentence && !knownWords.contains(word.toLowerCase(Locale.ROOT))) {
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

  /** The numbers a text states, each as {@link #normal}: "1,200" and "1200" are one. */
  private static Set<String> numbers(String text) {
    Set<String> numbers = new LinkedHashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      numbers.add(normal(m.group()));
    }
    return numbers;
  }

  private static String normal(String number) {
    return number.replaceAll("[,.]+$", "").replace(",", "").replaceFirst("^0+(?=\\d)", "");
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
