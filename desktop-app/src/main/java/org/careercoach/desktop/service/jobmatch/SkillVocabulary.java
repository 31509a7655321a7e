package org.careercoach.desktop.service.jobmatch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The skills the job match knows, each with its spellings ({@code skills.txt}: {@code
 * Canonical|alias|…}), found in any text as whole words or phrases, case-insensitively. A name is
 * matched only where it stands on its own: "java" is not found in "javascript", "c++" is found
 * before a comma.
 *
 * <p>One instance serves the process: it is immutable.
 */
public final class SkillVocabulary {

  private static final SkillVocabulary SHIPPED = load("skills.txt");

  /** Marks a spelling matched only with its capitals: "=React" is the library, "react" a verb. */
  static final String EXACT = "=";

  private final Map<String, String> canonicalBySpelling;
  private final Pattern anySpelling;
  private final Pattern anyExactSpelling;

  SkillVocabulary(Map<String, String> canonicalBySpelling) {
    this.canonicalBySpelling = Map.copyOf(canonicalBySpelling);
    this.anySpelling =
        alternation(
            canonicalBySpelling.keySet().stream().filter(s -> !s.startsWith(EXACT)).toList());
    this.anyExactSpelling =
        alternation(
            canonicalBySpelling.keySet().stream()
                .filter(s -> s.startsWith(EXACT))
                .map(s -> s.substring(EXACT.length()))
                .toList());
  }

  /** One pattern for all spellings, each standing on its own; longest first ("c++" before "c"). */
  private static Pattern alternation(List<String> spellings) {
    if (spellings.isEmpty()) {
      return null;
    }
    String alternatives =
        spellings.stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    return Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}+#])");
  }

  /** The vocabulary shipped with the app. */
  public static SkillVocabulary shipped() {
    return SHIPPED;
  }

  /** The skills a text names, by their canonical names, in the order they first appear. */
  public Set<String> find(String text) {
    Set<String> found = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return found;
    }
    // In order of appearance across both kinds of spelling.
    TreeMap<Integer, String> at = new TreeMap<>();
    if (anySpelling != null) {
      Matcher m = anySpelling.matcher(text.toLowerCase(Locale.ROOT));
      while (m.find()) {
        at.putIfAbsent(m.start(), canonicalBySpelling.get(m.group(1)));
      }
    }
    if (anyExactSpelling != null) {
      Matcher m = anyExactSpelling.matcher(text);
      while (m.find()) {
        at.putIfAbsent(m.start(), canonicalBySpelling.get(EXACT + m.group(1)));
      }
    }
    found.addAll(at.values());
    return found;
  }

  /** How many skills it knows. */
  public int size() {
    return (int) canonicalBySpelling.values().stream().distinct().count();
  }

  static SkillVocabulary load(String resource) {
    Map<String, String> bySpelling = new HashMap<>();
    try (InputStream in = SkillVocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the app");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        List<String> names = new ArrayList<>(List.of(entry.split("\\|")));
        String canonical = names.get(0).strip();
        names.set(0, stripQualifier(canonical));
        for (String name : names) {
          String spelling =
              name.strip().startsWith(EXACT) ? name.strip() : name.strip().toLowerCase(Locale.ROOT);
          if (!spelling.isEmpty()) {
            // The first skill to claim a spelling keeps it: a duplicate is the list's mistake,
            // and SkillVocabularyTest catches it.
            bySpelling.putIfAbsent(spelling, canonical);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return new SkillVocabulary(bySpelling);
  }

  /**
   * "Go (language)" is shown so, but matched only by its aliases: the bare word would match every
   * "go" in a text.
   */
  private static String stripQualifier(String canonical) {
    return canonical.contains("(") ? "" : canonical;
  }
}
