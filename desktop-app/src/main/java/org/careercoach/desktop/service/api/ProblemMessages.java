package org.careercoach.desktop.service.api;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.careercoach.model.api.FieldError;
import org.careercoach.model.api.Problem;

/** Puts a server's refusal into a sentence a user can act on. */
public final class ProblemMessages {

  private static final Map<String, String> FIELD_NAMES =
      Map.of(
          "email", "Email",
          "password", "Password",
          "newPassword", "New password",
          "currentPassword", "Current password",
          "name", "Name",
          "token", "Reset code",
          "refreshToken", "Sign-in");

  private ProblemMessages() {}

  /** A field's name as the forms label it. */
  public static String fieldLabel(String field) {
    return FIELD_NAMES.getOrDefault(field, field);
  }

  /** "Password must be at least 10 characters." for one field error. */
  public static String sentence(FieldError error) {
    return fieldLabel(error.field()) + " " + error.message() + ".";
  }

  static String describe(int status, Problem problem, Duration retryAfter) {
    if (status == 429) {
      // The server's own words name the limit and the wait ("You have uploaded 30 files …").
      return problem != null && problem.detail() != null && !problem.detail().isBlank()
          ? problem.detail()
          : "Too many attempts. " + waitHint(retryAfter);
    }
    if (problem != null && problem.errors() != null && !problem.errors().isEmpty()) {
      return problem.errors().stream()
          .map(ProblemMessages::sentence)
          .collect(Collectors.joining(" "));
    }
    if (problem != null && problem.detail() != null && !problem.detail().isBlank()) {
      return problem.detail();
    }
    if (status == 503) {
      return "The server is busy or being updated. " + waitHint(retryAfter);
    }
    if (status >= 500) {
      return "The server had a problem (" + status + "). Try again in a little while.";
    }
    if (problem != null && problem.title() != null && !problem.title().isBlank()) {
      return problem.title() + ".";
    }
    return "The server refused the request (" + status + ").";
  }

  static String waitHint(Duration retryAfter) {
    if (retryAfter == null) {
      return "Try again in a little while.";
    }
    long seconds = Math.max(1, retryAfter.toSeconds());
    if (seconds < 90) {
      return "Try again in " + seconds + (seconds == 1 ? " second." : " seconds.");
    }
    return String.format(Locale.ROOT, "Try again in %d minutes.", (seconds + 59) / 60);
  }
}
