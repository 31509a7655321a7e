package org.careercoach.desktop.service.interview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.careercoach.model.json.CoachJson;

/**
 * The practice questions written for this app ({@code question-bank.json}): questions per role,
 * each on a skill, and behavioural questions per theme, each with what a good answer shows.
 *
 * @param roles the roles, each with the phrases of job titles that name it
 * @param themes the behavioural themes
 * @param questions every question
 */
public record QuestionBank(
    int version, List<Role> roles, List<Theme> themes, List<Question> questions) {

  /** A role, and the phrases (lower case) that name it in a title or headline. */
  public record Role(String id, String title, List<String> keywords) {}

  /** A behavioural theme ("teamwork", "conflict"…). */
  public record Theme(String id, String title) {}

  private static final QuestionBank SHIPPED = load("question-bank.json");

  public QuestionBank {
    roles = List.copyOf(roles);
    themes = List.copyOf(themes);
    questions = List.copyOf(questions);
  }

  public static QuestionBank shipped() {
    return SHIPPED;
  }

  static QuestionBank load(String resource) {
    try (InputStream in = QuestionBank.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the app");
      }
      return CoachJson.mapper().readValue(in, QuestionBank.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
