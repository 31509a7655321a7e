package org.careercoach.desktop.ui.coach;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.coaching.CoachingAccess;
import org.careercoach.desktop.service.coaching.CoachingClient;
import org.careercoach.desktop.service.interview.Question;

/**
 * The server's model's feedback on one typed answer to one practice question, streamed as it is
 * written, with Stop. What is sent is the question and the answer, nothing else.
 */
public final class AnswerFeedback {

  private final Question question;
  private final Supplier<CoachingAccess.Access> access;
  private final ModelReply reply;

  AnswerFeedback(Question question, TaskExecutor executor, Supplier<CoachingAccess.Access> access) {
    this.question = question;
    this.access = access;
    this.reply = new ModelReply(executor);
  }

  /**
   * Exactly what would be sent for this answer, shown to the person first; empty when nothing would
   * be sent (no answer, or AI coaching unavailable): {@link #ask} says why.
   */
  public String material(String answer) {
    return answer == null || answer.isBlank() || access.get().client().isEmpty()
        ? ""
        : sent(answer);
  }

  private String sent(String answer) {
    return "Question: " + question.question() + "\nAnswer: " + answer.strip();
  }

  public void ask(String answer) {
    if (answer == null || answer.isBlank()) {
      reply.say("Type your answer first: the feedback is on what you wrote.");
      return;
    }
    CoachingAccess.Access now = access.get();
    if (now.client().isEmpty()) {
      reply.say(now.reason() + " Until then, compare your answer with what a good answer shows.");
      return;
    }
    reply.ask(
        now.client().get(),
        CoachingClient.Task.ANSWER_FEEDBACK,
        sent(answer),
        (text, cached, tokens, complete) -> {},
        reply::say);
  }

  /** Stop: the feedback ends where it is; the server stops writing it. */
  public void stop() {
    String sofar = reply.textProperty().get();
    if (reply.stop()) {
      reply.say(sofar + " [stopped]");
    }
  }

  public ReadOnlyStringProperty textProperty() {
    return reply.textProperty();
  }

  public ReadOnlyBooleanProperty writingProperty() {
    return reply.writingProperty();
  }
}
