package org.careercoach.desktop.service.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.careercoach.model.api.FieldError;
import org.careercoach.model.api.Problem;

/**
 * The server answered, and said no. The message is in words for the user; field errors, when the
 * server named fields, are kept so a form can show each next to its field.
 */
public final class ApiException extends Exception {

  private final int status;
  private final List<FieldError> fieldErrors;
  private final Duration retryAfter;

  public ApiException(int status, Problem problem, Duration retryAfter) {
    super(ProblemMessages.describe(status, problem, retryAfter));
    this.status = status;
    this.fieldErrors =
        problem == null || problem.errors() == null ? List.of() : List.copyOf(problem.errors());
    this.retryAfter = retryAfter;
  }

  public int status() {
    return status;
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /** How long the server asked us to wait (429 and 503), when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
