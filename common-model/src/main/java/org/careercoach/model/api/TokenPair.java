package org.careercoach.model.api;

/**
 * What sign-in and refresh answer; {@code expiresIn} is the access token's lifetime in seconds.
 * Sign-in and registration also answer a {@code deviceToken}, to keep (as secret as the refresh
 * token) and present at the next sign-in on this device; refresh answers none (null).
 */
public record TokenPair(
    String accessToken, String refreshToken, String tokenType, long expiresIn, String deviceToken) {

  public static final String BEARER = "Bearer";

  public TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {
    this(accessToken, refreshToken, tokenType, expiresIn, null);
  }

  public static TokenPair bearer(String accessToken, String refreshToken, long expiresIn) {
    return new TokenPair(accessToken, refreshToken, BEARER, expiresIn, null);
  }

  /** The same tokens with the device token a sign-in hands out. */
  public TokenPair withDeviceToken(String token) {
    return new TokenPair(accessToken, refreshToken, tokenType, expiresIn, token);
  }

  /** Keeps the tokens out of logs and exception messages. */
  @Override
  public String toString() {
    return "TokenPair[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
  }
}
