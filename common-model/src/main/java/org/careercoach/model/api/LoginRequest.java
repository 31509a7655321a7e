package org.careercoach.model.api;

/**
 * POST /auth/login. {@code deviceName} (optional) names this computer in the list of sessions;
 * {@code deviceToken} (optional) is the token an earlier sign-in on this device answered: with it,
 * others' failed guesses never lock this device out.
 */
public record LoginRequest(String email, String password, String deviceName, String deviceToken) {

  public LoginRequest(String email, String password) {
    this(email, password, null, null);
  }

  /** Keeps the password and the device token out of logs and exception messages. */
  @Override
  public String toString() {
    return "LoginRequest[email=" + email + ", deviceName=" + deviceName + "]";
  }
}
