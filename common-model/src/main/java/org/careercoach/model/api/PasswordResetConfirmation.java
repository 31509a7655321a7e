package org.careercoach.model.api;

/** POST /auth/password-reset/confirm. */
public record PasswordResetConfirmation(String token, String newPassword) {
  /** Keeps the token and password out of logs and exception messages. */
  @Override
  public String toString() {
    return "PasswordResetConfirmation[***]";
  }
}
