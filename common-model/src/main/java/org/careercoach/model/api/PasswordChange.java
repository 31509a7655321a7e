package org.careercoach.model.api;

/** POST /me/password. */
public record PasswordChange(String currentPassword, String newPassword) {
  /** Keeps the passwords out of logs and exception messages. */
  @Override
  public String toString() {
    return "PasswordChange[***]";
  }
}
