package org.careercoach.desktop.ui.coach;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.coaching.CoachingClient;

/**
 * One reply of the server's model as it is written, for a coaching pane: its text so far, whether
 * it is still being written, and Stop. Everything here happens on the UI thread: the client's
 * events are delivered to it. Asking again stops the reply before.
 */
final class ModelReply {

  /** How a finished reply ended. */
  @FunctionalInterface
  interface Finished {
    void done(String text, boolean cached, long tokens, boolean complete);
  }

  private final TaskExecutor executor;
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
  private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper(this, "writing");
  private CoachingClient.Reply reply;
  private long asked; // which ask the delivered events belong to: a stopped reply's stay silent

  ModelReply(TaskExecutor executor) {
    this.executor = executor;
  }

  void ask(
      CoachingClient client,
      CoachingClient.Task task,
      String material,
      Finished finished,
      Consumer<String> failed) {
    stop();
    long mine = ++asked;
    StringBuilder written = new StringBuilder();
    text.set("");
    writing.set(true);
    reply =
        client.ask(
            task,
            material,
            new CoachingClient.Listener() {
              @Override
              public void text(String piece) {
                deliver(
                    mine,
                    () -> {
                      written.append(piece);
                      text.set(written.toString());
                    });
              }

              @Override
              public void done(boolean cached, long tokens, boolean complete) {
                deliver(
                    mine,
                    () -> {
                      writing.set(false);
                      finished.done(written.toString(), cached, tokens, complete);
                    });
              }

              @Override
              public void failed(String message) {
                deliver(
                    mine,
                    () -> {
                      writing.set(false);
                      failed.accept(message);
                    });
              }
            });
  }

  private void deliver(long ask, Runnable change) {
    executor.deliver(
        () -> {
          if (ask == asked) {
            change.run();
          }
        });
  }

  /** Ends the reply where it is, and the server stops writing it; true when one was written. */
  boolean stop() {
    boolean was = reply != null && writing.get();
    if (was) {
      reply.stop();
      writing.set(false);
    }
    reply = null;
    asked++;
    return was;
  }

  /** Shows a message where the reply goes: why there is none, or how it failed. */
  void say(String message) {
    text.set(message);
  }

  ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  ReadOnlyBooleanProperty writingProperty() {
    return writing.getReadOnlyProperty();
  }
}
