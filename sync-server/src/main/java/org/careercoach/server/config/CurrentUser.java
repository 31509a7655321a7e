package org.careercoach.server.config;

import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, from their verified access token.
 *
 * @param userId the token's {@code sub}
 * @param sessionId the token's {@code sid}: the sign-in (refresh-token family) it belongs to
 */
public record CurrentUser(UUID userId, UUID sessionId) {

  public static CurrentUser of(Jwt jwt) {
    return new CurrentUser(
        UUID.fromString(jwt.getSubject()), UUID.fromString(jwt.getClaimAsString("sid")));
  }
}
