package org.careercoach.server.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.careercoach.model.api.Role;
import org.careercoach.model.api.TokenPair;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/** Issues access tokens: HS256 JWTs with iss, sub, sid, iat, exp, jti and roles. */
@Component
class AccessTokens {

  static final String SESSION_CLAIM = "sid";
  static final String ROLES_CLAIM = "roles";

  private final JwtEncoder encoder;
  private final AuthProperties properties;
  private final Clock clock;

  AccessTokens(SigningKeys keys, AuthProperties properties, Clock clock) {
    this.encoder =
        NimbusJwtEncoder.withSecretKey(keys.accessTokenKey()).algorithm(MacAlgorithm.HS256).build();
    this.properties = properties;
    this.clock = clock;
  }

  TokenPair issue(Sessions.Issued session) {
    Instant now = clock.instant();
    List<String> roles = session.roles().stream().map(Role::name).sorted().toList();
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer(properties.issuer())
            .subject(session.userId().toString())
            .claim(SESSION_CLAIM, session.sessionId().toString())
            .issuedAt(now)
            .expiresAt(now.plus(properties.accessTokenLifetime()))
            .id(UUID.randomUUID().toString())
            .claim(ROLES_CLAIM, roles)
            .build();
    JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
    String jwt = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    return TokenPair.bearer(
        jwt, session.refreshToken(), properties.accessTokenLifetime().toSeconds());
  }
}
