package org.careercoach.desktop.service.coaching;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.careercoach.model.api.ModelDisclosure;

/** What the server sends to its AI model, in words for Settings, from {@link ModelDisclosure}. */
public final class DisclosureText {

  /** What each coaching task sends with its instructions; a newer server's task shows its name. */
  private static final Map<String, String> SENDS =
      Map.of(
          "REWRITE", "Rewrite suggestions: your summary and highlights.",
          "TAILOR", "Rephrasing toward a job: the job's ad, then your summary and highlights.",
          "INTERVIEW_QUESTIONS",
              "Interview questions: the job's ad and your headline, positions and skills.",
          "ANSWER_FEEDBACK", "Feedback on an answer: the practice question and your answer.");

  private DisclosureText() {}

  public static String of(ModelDisclosure shown) {
    NumberFormat count = NumberFormat.getIntegerInstance(Locale.ROOT);
    StringBuilder text = new StringBuilder();
    if (!shown.coachingConfigured()) {
      text.append(
          "This server has no AI model for coaching: nothing is sent for coaching, whatever you"
              + " choose here.\n");
    } else {
      text.append("Coaching model: ")
          .append(shown.model())
          .append(". Nothing goes before you turn AI coaching on, and then only what you are")
          .append(" shown before each send, with no name or contact details.\n")
          .append("Your daily allowance: ")
          .append(count.format(shown.dailyTokens()))
          .append(" tokens; used today: ")
          .append(count.format(shown.usedToday()))
          .append(".\n");
      shown
          .instructions()
          .forEach(
              (task, instructions) ->
                  text.append('\n')
                      .append(SENDS.getOrDefault(task, task))
                      .append("\nInstructions sent with it: \"")
                      .append(instructions)
                      .append("\"\n"));
    }
    text.append('\n');
    if (shown.otherUses().isEmpty()) {
      text.append("Reading uploaded files: this server reads them itself; no file goes to an AI")
          .append(" model.\n");
    }
    for (ModelDisclosure.OtherUse use : shown.otherUses()) {
      text.append(use.purpose())
          .append(" (set by the server's operator, whatever you choose here): ")
          .append(use.model())
          .append(".\nWhat goes: ")
          .append(use.material())
          .append("\nInstructions sent with it: \"")
          .append(use.instructions())
          .append("\"\n");
    }
    return text.toString();
  }
}
