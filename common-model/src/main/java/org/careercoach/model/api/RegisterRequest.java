package org.careercoach.model.api;

/** POST /auth/register; {@code deviceName} (optional) names this computer in the session list. */
public record RegisterRequest(String email, String password, String name, String deviceName) {

  public RegisterRequest(String email, String password, String name) {
    this(email, password, name, null);
  }

  /** Keeps the password out of logs and exception messages. */
  @Override
  public String toString() {
    return "RegisterRequest[email=" + email + ", name=" + name + "]";
  }
}
