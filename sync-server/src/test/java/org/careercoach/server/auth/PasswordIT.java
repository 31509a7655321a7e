package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerIT
class PasswordIT {

  private static final String NEW_PASSWORD = "another quite long passphrase 8";

  @LocalServerPort int port;
  @Autowired TestClock clock;
  Api api;
  String admin;
  String email;
  TokenPair session;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    admin = api.adminToken();
    email = Accounts.email("pw");
    session = api.register(email, Accounts.PASSWORD, "Pat Word");
  }

  @Test
  void resetSetsANewPasswordEndsEverySessionAndSignsNobodyIn() {
    assertThat(api.post("/api/v1/auth/password-reset/request", Map.of("email", email)).status())
        .isEqualTo(202);
    String token = api.mailedToken(admin, email, "PASSWORD_RESET").orElseThrow();

    Api.Response confirmed =
        api.post(
            "/api/v1/auth/password-reset/confirm",
            Map.of("token", token, "newPassword", NEW_PASSWORD));

    assertThat(confirmed.status()).isEqualTo(204);
    assertThat(confirmed.body()).as("no tokens: the user signs in afresh").isNull();
    assertThat(api.refresh(session.refreshToken()).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/me", session.accessToken()).status()).isEqualTo(401);
    assertThat(
            api.post("/api/v1/auth/login", Map.of("email", email, "password", Accounts.PASSWORD))
                .status())
        .isEqualTo(401);
    assertThat(api.login(email, NEW_PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void aResetLinkWorksOnce() {
    api.post("/api/v1/auth/password-reset/request", Map.of("email", email));
    String token = api.mailedToken(admin, email, "PASSWORD_RESET").orElseThrow();
    api.post(
        "/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", NEW_PASSWORD));

    Api.Response again =
        api.post(
            "/api/v1/auth/password-reset/confirm",
            Map.of("token", token, "newPassword", "yet another long passphrase 9"));

    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body().get("type").asString()).endsWith("token-invalid");
    assertThat(api.login(email, NEW_PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void aResetLinkExpiresAfterAnHour() {
    api.post("/api/v1/auth/password-reset/request", Map.of("email", email));
    String token = api.mailedToken(admin, email, "PASSWORD_RESET").orElseThrow();
    clock.advance(Duration.ofMinutes(61));

    Api.Response late =
        api.post(
            "/api/v1/auth/password-reset/confirm",
            Map.of("token", token, "newPassword", NEW_PASSWORD));

    assertThat(late.status()).isEqualTo(400);
    assertThat(late.body().get("type").asString()).endsWith("token-expired");
    assertThat(api.login(email, Accounts.PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void aWrongResetTokenChangesNothing() {
    Api.Response wrong =
        api.post(
            "/api/v1/auth/password-reset/confirm",
            Map.of(
                "token",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "newPassword",
                NEW_PASSWORD));

    assertThat(wrong.status()).isEqualTo(400);
    assertThat(api.refresh(session.refreshToken()).status()).isEqualTo(200);
  }

  @Test
  void aResetRequestForAnUnknownEmailLooksTheSame() {
    Api.Response unknown =
        api.post("/api/v1/auth/password-reset/request", Map.of("email", Accounts.email("ghost")));
    Api.Response known = api.post("/api/v1/auth/password-reset/request", Map.of("email", email));

    assertThat(unknown.status()).isEqualTo(202);
    assertThat(known.status()).isEqualTo(202);
    assertThat(unknown.raw().body()).isEqualTo(known.raw().body());
  }

  @Test
  void theResetLinkIsBuiltFromThePublicUrlNeverTheHostHeader() {
    api.post("/api/v1/auth/password-reset/request", Map.of("email", email));
    api.mailedToken(admin, email, "PASSWORD_RESET").orElseThrow();

    String body =
        api.get("/api/v1/admin/emails?size=200", admin).body().findValues("textBody").stream()
            .map(n -> n.asString())
            .filter(t -> t.contains("/reset-password?token="))
            .findFirst()
            .orElseThrow();
    assertThat(body).contains("https://coach.example.test/reset-password?token=");
  }

  @Test
  void changingThePasswordEndsOtherSessionsAndKeepsThisOne() {
    TokenPair other = api.login(email, Accounts.PASSWORD);

    Api.Response changed =
        api.post(
            "/api/v1/me/password",
            Map.of("currentPassword", Accounts.PASSWORD, "newPassword", NEW_PASSWORD),
            session.accessToken());

    assertThat(changed.status()).isEqualTo(204);
    assertThat(api.get("/api/v1/me", session.accessToken()).status()).isEqualTo(200);
    assertThat(api.refresh(session.refreshToken()).status()).isEqualTo(200);
    assertThat(api.refresh(other.refreshToken()).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/me", other.accessToken()).status()).isEqualTo(401);
  }

  @Test
  void changingThePasswordNeedsTheCurrentOne() {
    Api.Response refused =
        api.post(
            "/api/v1/me/password",
            Map.of("currentPassword", "wrong wrong wrong", "newPassword", NEW_PASSWORD),
            session.accessToken());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("errors").get(0).get("field").asString())
        .isEqualTo("currentPassword");
    assertThat(api.login(email, Accounts.PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void thePolicyRefusesShortCommonAndEmailPasswords() {
    String newEmail = Accounts.email("weak");
    for (String weak : new String[] {"short", "password123", "1234567890", newEmail}) {
      Api.Response refused =
          api.post(
              "/api/v1/auth/register", Map.of("email", newEmail, "password", weak, "name", "Weak"));
      assertThat(refused.status()).as(weak).isEqualTo(400);
      assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("password");
    }
  }
}
