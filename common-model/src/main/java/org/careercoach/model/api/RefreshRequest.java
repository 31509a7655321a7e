package org.careercoach.model.api;

/** POST /auth/refresh and POST /auth/logout: the refresh token to rotate or end. */
public record RefreshRequest(String refreshToken) {
  /** Keeps the token out of logs and exception messages. */
  @Override
  public String toString() {
    return "RefreshRequest[***]";
  }
}
