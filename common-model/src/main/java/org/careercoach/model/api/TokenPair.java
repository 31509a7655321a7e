package org.careercoach.model.api;

/** What sign-in and refresh answer; {@code expiresIn} is the access token's lifetime in seconds. */
public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {

  public static final String BEARER = "Bearer";

  public static TokenPair bearer(String accessToken, String refreshToken, long expiresIn) {
    return new TokenPair(accessToken, refreshToken, BEARER, expiresIn);
  }

  /** Keeps the tokens out of logs and exception messages. */
  @Override
  public String toString() {
    return "TokenPair[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
  }
}
