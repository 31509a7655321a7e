package org.careercoach.model.api;

/** POST /auth/login. */
public record LoginRequest(String email, String password) {
  /** Keeps the password out of logs and exception messages. */
  @Override
  public String toString() {
    return "LoginRequest[email=" + email + "]";
  }
}
