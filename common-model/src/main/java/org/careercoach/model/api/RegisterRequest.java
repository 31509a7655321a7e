package org.careercoach.model.api;

/** POST /auth/register. */
public record RegisterRequest(String email, String password, String name) {
  /** Keeps the password out of logs and exception messages. */
  @Override
  public String toString() {
    return "RegisterRequest[email=" + email + ", name=" + name + "]";
  }
}
