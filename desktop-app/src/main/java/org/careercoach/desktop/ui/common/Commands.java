package org.careercoach.desktop.ui.common;

import org.careercoach.desktop.service.TaskExecutor;

/**
 * Makes the {@link Command}s of the forms: one executor and one way of showing failures for all.
 */
public final class Commands {

  private final TaskExecutor executor;
  private final ActionFailures failures;

  public Commands(TaskExecutor executor, ActionFailures failures) {
    this.executor = executor;
    this.failures = failures;
  }

  /** A command whose failures show in {@code errors}; the form's commands share one busy flag. */
  public Command forForm(FieldErrors errors, Busy busy) {
    return new Command(executor, failures, errors, busy);
  }

  /** A command with its own busy flag. */
  public Command forForm(FieldErrors errors) {
    return forForm(errors, new Busy());
  }

  public TaskExecutor executor() {
    return executor;
  }
}
