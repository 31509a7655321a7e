package org.careercoach.desktop.service.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careercoach.model.resume.Education;
import org.careercoach.model.resume.Project;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.Volunteer;
import org.careercoach.model.resume.Work;

/**
 * Common words spelled wrong, from a list of frequent misspellings ({@code misspellings.txt}): a
 * known wrong form is certain, so this never flags a name or a term it does not know.
 */
final class SpellingCheck {

  private static final Map<String, String> RIGHT = load();

  private SpellingCheck() {}

  static List<Finding> check(Resume resume) {
    List<Finding> findings = new ArrayList<>();
    for (String[] field : prose(resume)) {
      Set<String> seen = new LinkedHashSet<>();
      for (String word : Texts.words(field[1])) {
        String right = RIGHT.get(word);
        if (right != null && seen.add(word)) {
          findings.add(
              new Finding(
                  CheckKind.SPELLING,
                  field[0],
                  word,
                  "“" + word + "” is misspelled.",
                  "Write “" + right + "”."));
        }
      }
    }
    return findings;
  }

  /** The known misspellings and their right forms, for tests. */
  static Map<String, String> dictionary() {
    return RIGHT;
  }

  /** Every field written in sentences, as {path, text}; names and dates are not prose. */
  private static List<String[]> prose(Resume resume) {
    List<String[]> fields = new ArrayList<>();
    if (resume.basics() != null) {
      add(fields, "basics.label", resume.basics().label());
      add(fields, "basics.summary", resume.basics().summary());
    }
    List<Work> work = Texts.list(resume.work());
    for (int i = 0; i < work.size(); i++) {
      String entry = "work[" + i + "]";
      add(fields, entry + ".position", work.get(i).position());
      add(fields, entry + ".summary", work.get(i).summary());
      add(fields, entry + ".description", work.get(i).description());
      highlights(fields, entry, Texts.list(work.get(i).highlights()));
    }
    List<Volunteer> volunteer = Texts.list(resume.volunteer());
    for (int i = 0; i < volunteer.size(); i++) {
      add(fields, "volunteer[" + i + "].summary", volunteer.get(i).summary());
      highlights(fields, "volunteer[" + i + "]", Texts.list(volunteer.get(i).highlights()));
    }
    List<Education> education = Texts.list(resume.education());
    for (int i = 0; i < education.size(); i++) {
      add(fields, "education[" + i + "].area", education.get(i).area());
    }
    List<Project> projects = Texts.list(resume.projects());
    for (int i = 0; i < projects.size(); i++) {
      add(fields, "projects[" + i + "].description", projects.get(i).description());
      highlights(fields, "projects[" + i + "]", Texts.list(projects.get(i).highlights()));
    }
    return fields;
  }

  private static void highlights(List<String[]> fields, String entry, List<String> highlights) {
    for (int h = 0; h < highlights.size(); h++) {
      add(fields, entry + ".highlights[" + h + "]", highlights.get(h));
    }
  }

  private static void add(List<String[]> fields, String path, String text) {
    if (!Texts.blank(text)) {
      fields.add(new String[] {path, text});
    }
  }

  private static Map<String, String> load() {
    Map<String, String> right = new HashMap<>();
    try (InputStream in = SpellingCheck.class.getResourceAsStream("misspellings.txt");
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        String[] pair = line.strip().split("\\s+");
        if (pair.length == 2 && !line.startsWith("#")) {
          right.put(pair[0], pair[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the misspellings list ships with the app", e);
    }
    return Map.copyOf(right);
  }
}
