package org.careercoach.server.parsing.heuristic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careercoach.model.resume.Language;
import org.careercoach.model.resume.Skill;
import org.careercoach.server.parsing.text.Bullets;
import org.careercoach.server.parsing.text.Line;

/** Skills as "Category: a, b, c", a category line over a list, or plain lists; languages. */
final class SkillLists {

  /** "Category: a, b" or "Category — a, b", the category a few words at most. */
  private static final Pattern CATEGORY =
      Pattern.compile("^([^:–—]{1,60}?)\\s*(?::|\\s[–—-]\\s)\\s*(.+)$");

  /** How well, not what: a level printed beside a skill ("Figma ‖ Expert") is no skill. */
  private static final Pattern LEVEL =
      Pattern.compile(
          "(?i)(?:beginner|novice|basic|elementary|intermediate|advanced|expert|master|proficient"
              + "|competent|familiar|fluent|native|working knowledge)");

  /** A list's separators. */
  private static final Pattern LIST = Pattern.compile("[,;|•·]");

  private static final Pattern LANGUAGE =
      Pattern.compile("^([\\p{L} ]+?)\\s*(?:\\(([^)]+)\\)|[-–:—]\\s*(.+))?$");

  private SkillLists() {}

  static List<Skill> skills(List<Line> lines) {
    List<Skill> skills = new ArrayList<>();
    String pendingCategory = null;
    for (String text : unwrapped(lines)) {
      if (text.isBlank()) {
        continue;
      }
      Matcher category = CATEGORY.matcher(text);
      if (category.matches()) {
        skills.add(skill(category.group(1), items(category.group(2))));
        pendingCategory = null;
      } else if (!text.contains(",")
          && !text.contains(";")
          && !text.contains("|")
          && words(text) <= 4) {
        if (pendingCategory != null) {
          skills.add(skill(pendingCategory, List.of()));
        }
        pendingCategory = text;
      } else if (pendingCategory != null) {
        skills.add(skill(pendingCategory, items(text)));
        pendingCategory = null;
      } else {
        for (String item : items(text)) {
          skills.add(skill(item, List.of()));
        }
      }
    }
    if (pendingCategory != null) {
      skills.add(skill(pendingCategory, List.of()));
    }
    return skills;
  }

  /**
   * The lines with wrapped items joined again: a line that opens with "(" or a lower-case word, or
   * that follows one ending in an open parenthesis, "and", "&", "/", "," or ":", continues it.
   */
  private static List<String> unwrapped(List<Line> lines) {
    List<String> out = new ArrayList<>();
    for (Line line : lines) {
      String text = Bullets.unbullet(segmented(line)).strip();
      if (text.isEmpty()) {
        continue;
      }
      if (!out.isEmpty()
          && line.segments().size() == 1
          && continues(out.get(out.size() - 1), text)
          && !Bullets.isBullet(line.text())) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + text);
      } else {
        out.add(text);
      }
    }
    return out;
  }

  /**
   * A line of several segments, as text the list rules read: "Languages ‖ Java, Python" (a label
   * column beside its list) as "Languages: Java, Python"; a row of tags or a grid of skills
   * ("Canvas LMS ‖ Moodle") as items apart.
   */
  private static String segmented(Line line) {
    List<String> segments = line.segments().stream().filter(s -> !s.isBlank()).toList();
    if (segments.size() < 2) {
      return line.text();
    }
    String first = segments.get(0).strip();
    String rest = String.join(", ", segments.subList(1, segments.size()));
    boolean label = words(first) <= 4 && !first.contains(",") && !first.contains(":");
    if (label && segments.size() == 2 && LIST.matcher(rest).find()) {
      return first + ": " + rest;
    }
    return String.join(" | ", segments);
  }

  private static boolean continues(String previous, String next) {
    long open = previous.chars().filter(c -> c == '(').count();
    long close = previous.chars().filter(c -> c == ')').count();
    return next.startsWith("(")
        || open > close
        || previous.endsWith(" and")
        || previous.endsWith("&")
        || previous.endsWith("/")
        || previous.endsWith(",")
        || previous.endsWith(":");
  }

  static List<Language> languages(List<Line> lines) {
    List<Language> languages = new ArrayList<>();
    for (Line line : lines) {
      for (String item : items(Bullets.unbullet(line.text()))) {
        Matcher m = LANGUAGE.matcher(item);
        if (m.matches() && words(m.group(1)) <= 3) {
          String fluency = m.group(2) != null ? m.group(2) : m.group(3);
          languages.add(
              new Language(m.group(1).strip(), fluency == null ? null : fluency.strip(), Map.of()));
        }
      }
    }
    return languages;
  }

  private static Skill skill(String name, List<String> keywords) {
    return new Skill(name.strip(), null, keywords.isEmpty() ? null : keywords, Map.of());
  }

  /** Splits a list at commas, semicolons and bars, but not inside parentheses. */
  private static List<String> items(String text) {
    List<String> items = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    int depth = 0;
    for (char c : text.strip().toCharArray()) {
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
      if (depth == 0 && (c == ',' || c == ';' || c == '|' || c == '•' || c == '·')) {
        add(items, item);
      } else {
        item.append(c);
      }
    }
    add(items, item);
    return items;
  }

  private static void add(List<String> items, StringBuilder item) {
    String clean = item.toString().strip().replaceAll("[.\\s]+$", "").strip();
    if (!clean.isEmpty() && !LEVEL.matcher(clean).matches()) {
      items.add(clean);
    }
    item.setLength(0);
  }

  private static int words(String text) {
    return text.strip().split("\\s+").length;
  }
}
