package org.careercoach.server.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.careercoach.model.api.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure the client can act on: it becomes an RFC 9457 problem with a stable {@code type}, a
 * human {@code detail} and, for validation, the fields at fault. Features throw it (or a subclass)
 * instead of mapping their own exceptions by hand.
 */
public class ApiProblem extends RuntimeException {

  private static final String TYPE_PREFIX = "urn:careercoach:problem:";

  private final HttpStatus status;
  private final String type;
  private final String title;
  private final List<FieldError> errors;
  private final Duration retryAfter;

  public ApiProblem(HttpStatus status, String type, String title, String detail) {
    this(status, type, title, detail, List.of(), null);
  }

  /** A problem caused by another failure, kept for the log (never shown to the client). */
  protected ApiProblem(
      HttpStatus status, String type, String title, String detail, Throwable cause) {
    super(detail, cause, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = List.of();
    this.retryAfter = null;
  }

  private ApiProblem(
      HttpStatus status,
      String type,
      String title,
      String detail,
      List<FieldError> errors,
      Duration retryAfter) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.retryAfter = retryAfter;
  }

  /** A 400 naming the fields at fault. */
  public static ApiProblem invalid(List<FieldError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : "Some fields are not valid; see errors.";
    return new ApiProblem(
        HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail, errors, null);
  }

  public static ApiProblem invalid(String field, String message) {
    return invalid(List.of(new FieldError(field, message)));
  }

  /** A 429 that tells the client when to come back. */
  public static ApiProblem tooManyRequests(String detail, Duration retryAfter) {
    return new ApiProblem(
        HttpStatus.TOO_MANY_REQUESTS,
        "rate-limited",
        "Too many requests",
        detail,
        List.of(),
        retryAfter);
  }

  /** A 503 for a server that is briefly overloaded. */
  public static ApiProblem busy(String detail, Duration retryAfter) {
    return new ApiProblem(
        HttpStatus.SERVICE_UNAVAILABLE, "busy", "Server busy", detail, List.of(), retryAfter);
  }

  public static URI typeUri(String type) {
    return URI.create(TYPE_PREFIX + type);
  }

  public HttpStatus status() {
    return status;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** The Retry-After header's value: whole seconds, rounded up, at least 1; null when none. */
  public String retryAfterHeader() {
    return retryAfter == null
        ? null
        : Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
  }

  public ProblemDetail toProblemDetail() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
    problem.setType(typeUri(type));
    problem.setTitle(title);
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }
}
