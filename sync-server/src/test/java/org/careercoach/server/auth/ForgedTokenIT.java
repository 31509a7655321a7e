package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tokens an attacker could make: every one is a 401 problem, and the honest one passes. */
@ServerIT
class ForgedTokenIT {

  @LocalServerPort int port;
  @Autowired TestClock clock;
  Api api;
  SignedJWT genuine;

  @BeforeEach
  void setUp() throws Exception {
    api = new Api(port);
    TokenPair tokens = api.register(Accounts.email("forge"), Accounts.PASSWORD, "Target");
    genuine = SignedJWT.parse(tokens.accessToken());
  }

  @Test
  void theForgeryKitMakesAcceptedTokensWithTheRealSecret() throws Exception {
    assertThat(status(hs256(ServerIT.JWT_SECRET, claims(c -> c)))).isEqualTo(200);
  }

  @Test
  void aWrongSignatureIsRefused() throws Exception {
    assertThat(status(hs256("another-secret-that-is-long-enough-0123456789", claims(c -> c))))
        .isEqualTo(401);
  }

  @Test
  void algNoneIsRefused() throws Exception {
    String header =
        Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
            .toString();
    String payload =
        Base64URL.encode(claims(c -> c).toString().getBytes(StandardCharsets.UTF_8)).toString();

    assertThat(status(header + "." + payload + ".")).isEqualTo(401);
  }

  @Test
  void switchingToRsaIsRefused() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims(c -> c));
    jwt.sign(new RSASSASigner((RSAPrivateKey) generator.generateKeyPair().getPrivate()));

    assertThat(status(jwt.serialize())).isEqualTo(401);
  }

  @Test
  void anotherHmacAlgorithmWithTheRightSecretIsRefused() throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), claims(c -> c));
    jwt.sign(
        new MACSigner(
            (ServerIT.JWT_SECRET + ServerIT.JWT_SECRET).getBytes(StandardCharsets.UTF_8)));

    assertThat(status(jwt.serialize())).isEqualTo(401);
  }

  @Test
  void expiredBeyondTheSkewIsRefused() throws Exception {
    Instant now = clock.instant();
    String token =
        hs256(
            ServerIT.JWT_SECRET,
            claims(
                c ->
                    c.issueTime(Date.from(now.minusSeconds(600)))
                        .expirationTime(Date.from(now.minusSeconds(6)))));

    assertThat(status(token)).isEqualTo(401);
  }

  @Test
  void notYetValidIsRefused() throws Exception {
    Instant now = clock.instant();
    assertThat(
            status(
                hs256(
                    ServerIT.JWT_SECRET,
                    claims(c -> c.notBeforeTime(Date.from(now.plusSeconds(60)))))))
        .isEqualTo(401);
    assertThat(
            status(
                hs256(
                    ServerIT.JWT_SECRET, claims(c -> c.issueTime(Date.from(now.plusSeconds(60)))))))
        .isEqualTo(401);
  }

  @Test
  void aWrongIssuerIsRefused() throws Exception {
    assertThat(status(hs256(ServerIT.JWT_SECRET, claims(c -> c.issuer("someone-else")))))
        .isEqualTo(401);
  }

  @Test
  void anUnknownSessionOrAnotherUsersSessionIsRefused() throws Exception {
    assertThat(
            status(
                hs256(
                    ServerIT.JWT_SECRET,
                    claims(c -> c.claim("sid", UUID.randomUUID().toString())))))
        .isEqualTo(401);
    assertThat(
            status(
                hs256(ServerIT.JWT_SECRET, claims(c -> c.subject(UUID.randomUUID().toString())))))
        .isEqualTo(401);
    assertThat(status(hs256(ServerIT.JWT_SECRET, claims(c -> c.claim("sid", "not-a-uuid")))))
        .isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sub", "sid", "iat", "exp", "jti", "roles", "iss"})
  void aTokenMissingARequiredClaimIsRefused(String claim) throws Exception {
    JWTClaimsSet without = withoutClaim(claims(c -> c), claim);
    assertThat(without.getClaims()).doesNotContainKey(claim);

    Api.Response response = api.get("/api/v1/me", hs256(ServerIT.JWT_SECRET, without));

    assertThat(response.status()).as("without %s", claim).isEqualTo(401);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.body().get("type").asString())
        .isEqualTo("urn:careercoach:problem:unauthorized");
  }

  @Test
  void rolesThatAreNoListOfNamesAreRefused() throws Exception {
    assertThat(status(hs256(ServerIT.JWT_SECRET, claims(c -> c.claim("roles", "ADMIN")))))
        .isEqualTo(401);
    assertThat(status(hs256(ServerIT.JWT_SECRET, claims(c -> c.claim("roles", List.of(1, 2))))))
        .isEqualTo(401);
  }

  @Test
  void garbageIsRefusedAsProblemJson() {
    for (String garbage :
        List.of("garbage", "a.b.c", "", "eyJhbGciOiJIUzI1NiJ9..", "x".repeat(5000))) {
      Api.Response response = api.get("/api/v1/me", garbage.isEmpty() ? null : garbage);
      assertThat(response.status()).as(garbage).isEqualTo(401);
      assertThat(response.contentType()).isEqualTo("application/problem+json");
      assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }
  }

  private int status(String token) {
    return api.get("/api/v1/me", token).status();
  }

  private JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
    JWTClaimsSet real = genuine.getJWTClaimsSet();
    Instant now = clock.instant();
    JWTClaimsSet.Builder builder =
        new JWTClaimsSet.Builder(real)
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    return change.apply(builder).build();
  }

  private static JWTClaimsSet withoutClaim(JWTClaimsSet claims, String claim) {
    JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
    claims
        .getClaims()
        .forEach(
            (name, value) -> {
              if (!name.equals(claim)) {
                builder.claim(name, value);
              }
            });
    return builder.build();
  }

  private static String hs256(String secret, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
    return jwt.serialize();
  }
}
