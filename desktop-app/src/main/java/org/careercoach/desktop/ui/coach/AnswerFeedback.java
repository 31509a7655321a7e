package org.careercoach.desktop.ui.coach;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.coaching.CoachingClient;
import org.careercoach.desktop.service.interview.Question;

/**
 * The server's model's feedback on one typed answer to one practice question, streamed as it is
 * written, with Stop. What is sent is the question and the answer, nothing else.
 */
public final class AnswerFeedback {

  private final Question question;
  private final TaskExecutor executor;
  private final Supplier<Optional<CoachingClient>> client;
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
  private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper(this, "writing");
  private CoachingClient.Reply reply;

  AnswerFeedback(
      Question question, TaskExecutor executor, Supplier<Optional<CoachingClient>> client) {
    this.question = question;
    this.executor = executor;
    this.client = client;
  }

  /** Exactly what would be sent for this answer. */
  public String material(String answer) {
    return "Question: " + question.question() + "\nAnswer: " + answer.strip();
  }

  public void ask(String answer) {
    if (answer == null || answer.isBlank()) {
      text.set("Type your answer first: the feedback is on what you wrote.");
      return;
    }
    Optional<CoachingClient> coaching = client.get();
    if (coaching.isEmpty()) {
      text.set(
          "Sign in to a Career Coach server with an AI model to get feedback on your answers."
              + " Until then, compare yours with what a good answer shows.");
      return;
    }
    stop();
    StringBuilder written = new StringBuilder();
    text.set("");
    writing.set(true);
    reply =
        coaching
            .get()
            .ask(
                CoachingClient.Task.ANSWER_FEEDBACK,
                material(answer),
                new CoachingClient.Listener() {
                  @Override
                  public void text(String piece) {
                    executor.deliver(
                        () -> {
                          written.append(piece);
                          text.set(written.toString());
                        });
                  }

                  @Override
                  public void done(boolean cached, long tokens, boolean complete) {
                    executor.deliver(() -> writing.set(false));
                  }

                  @Override
                  public void failed(String message) {
                    executor.deliver(
                        () -> {
                          writing.set(false);
                          text.set(message);
                        });
                  }
                });
  }

  /** Stop: the feedback ends where it is; the server stops writing it. */
  public void stop() {
    if (reply != null && writing.get()) {
      reply.stop();
      writing.set(false);
      text.set(text.get() + " [stopped]");
    }
    reply = null;
  }

  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty writingProperty() {
    return writing.getReadOnlyProperty();
  }
}
