package org.careercoach.desktop.service.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.Work;

/**
 * What each job says: highlights at all, achievements with numbers, openings with a strong verb,
 * and not the same opening word again and again.
 */
final class HighlightsCheck {

  /** Openings that describe a duty, not what was done. */
  static final List<String> WEAK_OPENINGS =
      List.of(
          "responsible for",
          "responsibilities included",
          "duties included",
          "worked on",
          "worked with",
          "helped",
          "assisted",
          "was involved in",
          "involved in",
          "tasked with",
          "participated in",
          "in charge of",
          "handled",
          "did");

  /** Openings too common to count as repeated: articles and the like. */
  private static final Set<String> NOT_VERBS = Set.of("a", "an", "the", "and", "of", "for", "to");

  static final int REPEATED_OPENINGS = 3;

  private HighlightsCheck() {}

  static List<Finding> check(Resume resume) {
    List<Finding> findings = new ArrayList<>();
    Map<String, List<String>> openings = new LinkedHashMap<>();
    List<Work> work = Texts.list(resume.work());
    for (int i = 0; i < work.size(); i++) {
      Work job = work.get(i);
      String entry = "work[" + i + "]";
      List<String> highlights = Texts.list(job.highlights());
      if (highlights.stream().allMatch(Texts::blank)
          && Texts.blank(job.summary())
          && Texts.blank(job.description())) {
        findings.add(
            new Finding(
                CheckKind.HIGHLIGHTS,
                entry + ".highlights",
                "highlights",
                name(job, i) + " says nothing about what you did.",
                "Add two to four highlights: what you did and what came of it."));
        continue;
      }
      if (highlights.size() >= 2 && highlights.stream().noneMatch(Texts::hasDigit)) {
        findings.add(
            new Finding(
                CheckKind.NUMBERS,
                entry + ".highlights",
                "numbers",
                "No highlight of " + name(job, i) + " has a number.",
                "Measure a result: how much, how many, how fast, for how many people."));
      }
      for (int h = 0; h < highlights.size(); h++) {
        String text = highlights.get(h).strip().toLowerCase(Locale.ROOT);
        String path = entry + ".highlights[" + h + "]";
        weakOpening(text)
            .ifPresent(
                weak ->
                    findings.add(
                        new Finding(
                            CheckKind.WEAK_OPENING,
                            path,
                            weak,
                            "It opens with “" + weak + "”, which says what was asked of you.",
                            "Open with what you did: led, built, cut, grew, shipped…")));
        List<String> words = Texts.words(text);
        if (!words.isEmpty() && !NOT_VERBS.contains(words.get(0))) {
          openings.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(path);
        }
      }
    }
    openings.forEach(
        (word, paths) -> {
          if (paths.size() >= REPEATED_OPENINGS) {
            findings.add(
                new Finding(
                    CheckKind.REPEATED_WORDS,
                    "work",
                    word,
                    "“" + capitalized(word) + "” opens " + paths.size() + " highlights.",
                    "Vary the verbs so each highlight reads as its own achievement."));
          }
        });
    return findings;
  }

  private static java.util.Optional<String> weakOpening(String text) {
    for (String weak : WEAK_OPENINGS) {
      if (text.startsWith(weak + " ") || text.equals(weak)) {
        return java.util.Optional.of(weak);
      }
    }
    return java.util.Optional.empty();
  }

  private static String name(Work job, int index) {
    if (!Texts.blank(job.name())) {
      return job.name().strip();
    }
    return Texts.blank(job.position()) ? "Job " + (index + 1) : job.position().strip();
  }

  private static String capitalized(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
