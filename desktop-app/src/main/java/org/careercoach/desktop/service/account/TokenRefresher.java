package org.careercoach.desktop.service.account;

import java.io.IOException;
import org.careercoach.desktop.service.api.ApiException;
import org.careercoach.desktop.service.api.JsonCalls;
import org.careercoach.model.api.RefreshRequest;
import org.careercoach.model.api.TokenPair;

/**
 * {@code POST /auth/refresh}, on a client that carries no bearer token and never re-authenticates.
 */
final class TokenRefresher {

  private final JsonCalls anonymous;

  TokenRefresher(JsonCalls anonymous) {
    this.anonymous = anonymous;
  }

  /**
   * Trades the refresh token for a new pair.
   *
   * @throws SessionEndedException when the server refuses the token: the session is over
   * @throws IOException when the server could not be reached or had a problem: try again later
   */
  TokenPair refresh(String refreshToken) throws IOException {
    try {
      return anonymous.post(
          "api/v1/auth/refresh", new RefreshRequest(refreshToken), TokenPair.class);
    } catch (ApiException e) {
      if (e.status() == 400 || e.status() == 401 || e.status() == 403) {
        throw new SessionEndedException(
            "Your session has ended (signed out elsewhere or expired). Please sign in again.");
      }
      throw new IOException(e.getMessage(), e);
    }
  }
}
