package org.careercoach.model.api;

/** DELETE /me: the password confirms that the owner means it. */
public record AccountDeletion(String password) {
  /** Keeps the password out of logs and exception messages. */
  @Override
  public String toString() {
    return "AccountDeletion[***]";
  }
}
