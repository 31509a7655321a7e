package org.careercoach.desktop.service.coaching;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careercoach.desktop.service.interview.Question;

/**
 * Reads the model's interview questions: one per line, {@code Technical: …} or {@code Behavioural:
 * …}. Numbering, bullets and stray prose lines are tolerated; a line that is not a question (no
 * question mark and no label) is left out, and so is a repeat.
 */
public final class GeneratedQuestions {

  /** Where a generated question's card says it came from. */
  public static final String SOURCE = "from the model";

  /** More than this many lines is not a set of questions; the rest is not read. */
  static final int MAX_QUESTIONS = 20;

  private static final Pattern LINE =
      Pattern.compile(
          "^\\s*(?:[-*•]|\\d{1,2}[.)])?\\s*(?:\\*\\*)?(technical|behavioral|behavioural)?"
              + "(?:\\*\\*)?\\s*[:\\-–]?\\s*(?:\\*\\*)?\\s*(.+?)\\s*$",
          Pattern.CASE_INSENSITIVE);

  private GeneratedQuestions() {}

  public static List<Question> read(String reply) {
    List<Question> questions = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String line : reply.split("\\R")) {
      Matcher m = LINE.matcher(line);
      if (!m.matches() || questions.size() >= MAX_QUESTIONS) {
        continue;
      }
      String label = m.group(1);
      String text = m.group(2);
      if ((label == null && !text.endsWith("?")) || text.length() < 8) {
        continue; // an introduction or a heading, not a question
      }
      if (!seen.add(text.toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean behavioural = label != null && label.toLowerCase(Locale.ROOT).startsWith("behav");
      questions.add(
          new Question(
              "ai-" + UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)),
              null,
              behavioural ? SOURCE : null,
              behavioural ? null : SOURCE,
              behavioural ? "behavioural" : "technical",
              text,
              ""));
    }
    return questions;
  }
}
