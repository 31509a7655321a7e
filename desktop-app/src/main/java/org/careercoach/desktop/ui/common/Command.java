package org.careercoach.desktop.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.careercoach.desktop.service.TaskExecutor;

/**
 * A form's network action: refuses to start twice, runs the work off the UI thread, and on failure
 * shows why in the form (and tells the session or connectivity service what follows). The one place
 * for the busy → submit → failure steps every form repeated.
 */
public final class Command {

  private final TaskExecutor executor;
  private final ActionFailures failures;
  private final FieldErrors errors;
  private final Busy busy;

  Command(TaskExecutor executor, ActionFailures failures, FieldErrors errors, Busy busy) {
    this.executor = executor;
    this.failures = failures;
    this.errors = errors;
    this.busy = busy;
  }

  /**
   * Runs {@code work} in the background unless an action of this form is running, then {@code
   * onSuccess} on the UI thread.
   *
   * @return false when it did not start because one is running
   */
  public <T> boolean run(Callable<T> work, Consumer<? super T> onSuccess) {
    if (!busy.start()) {
      return false;
    }
    executor.submit(
        work,
        result -> {
          busy.done();
          onSuccess.accept(result);
        },
        failure -> {
          busy.done();
          failures.show(failure, errors);
        });
    return true;
  }

  /** Runs {@code work} for its effect alone. */
  public boolean run(Action work, Runnable onSuccess) {
    return run(
        () -> {
          work.run();
          return Boolean.TRUE;
        },
        done -> onSuccess.run());
  }

  public boolean running() {
    return busy.property().get();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.property();
  }

  /** Work that returns nothing and may throw. */
  @FunctionalInterface
  public interface Action {
    void run() throws Exception;
  }
}
