package org.careercoach.model.api;

/** POST /auth/verify-email: a single-use token from an email link. */
public record TokenRequest(String token) {
  /** Keeps the token out of logs and exception messages. */
  @Override
  public String toString() {
    return "TokenRequest[***]";
  }
}
