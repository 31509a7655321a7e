package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerIT
class AccountFlowIT {

  @LocalServerPort int port;
  Api api;
  String admin;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    admin = api.adminToken();
  }

  @Test
  void registerVerifyLoginRefreshManyTimesThenLogout() {
    String email = Accounts.email("flow");
    TokenPair registered = api.register(email, Accounts.PASSWORD, "Ana Flow");
    assertThat(registered.tokenType()).isEqualTo("Bearer");
    assertThat(registered.expiresIn()).isEqualTo(900);
    assertThat(
            api.get("/api/v1/me", registered.accessToken()).body().get("emailVerified").asBoolean())
        .isFalse();

    String verification = api.mailedToken(admin, email, "WELCOME").orElseThrow();
    assertThat(api.post("/api/v1/auth/verify-email", Map.of("token", verification)).status())
        .isEqualTo(204);
    assertThat(api.post("/api/v1/auth/verify-email", Map.of("token", verification)).status())
        .as("a verification link works once")
        .isEqualTo(400);

    TokenPair tokens = api.login(email, Accounts.PASSWORD);
    Api.Response me = api.get("/api/v1/me", tokens.accessToken());
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.body().get("email").asString()).isEqualTo(email);
    assertThat(me.body().get("name").asString()).isEqualTo("Ana Flow");
    assertThat(me.body().get("emailVerified").asBoolean()).isTrue();
    assertThat(me.body().get("roles").get(0).asString()).isEqualTo("USER");

    String refresh = tokens.refreshToken();
    for (int i = 0; i < 20; i++) {
      TokenPair next = api.refresh(refresh).tokens();
      assertThat(next.refreshToken()).isNotEqualTo(refresh);
      assertThat(api.get("/api/v1/me", next.accessToken()).status()).isEqualTo(200);
      refresh = next.refreshToken();
      tokens = next;
    }

    assertThat(api.post("/api/v1/auth/logout", Map.of("refreshToken", refresh)).status())
        .isEqualTo(204);
    assertThat(api.refresh(refresh).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/me", tokens.accessToken()).status())
        .as("logout ends the session's access tokens at once")
        .isEqualTo(401);
  }

  @Test
  void aTakenEmailIsAConflictWhateverItsCase() {
    String email = Accounts.email("taken");
    api.register(email, Accounts.PASSWORD, "First");

    Api.Response again =
        api.post(
            "/api/v1/auth/register",
            Map.of(
                "email",
                " " + email.toUpperCase() + " ",
                "password",
                Accounts.PASSWORD,
                "name",
                "Second"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).isEqualTo("application/problem+json");
    assertThat(again.body().get("type").asString()).endsWith("email-taken");
  }

  @Test
  void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
    String email = Accounts.email("same");
    api.register(email, Accounts.PASSWORD, "Same");

    Api.Response wrong =
        api.post(
            "/api/v1/auth/login", Map.of("email", email, "password", "not the password at all"));
    Api.Response unknown =
        api.post(
            "/api/v1/auth/login",
            Map.of("email", Accounts.email("nobody"), "password", "not the password at all"));

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrong.body()).isEqualTo(unknown.body());
  }

  @Test
  void aNewVerificationLinkReplacesTheOldOne() {
    String email = Accounts.email("resend");
    TokenPair tokens = api.register(email, Accounts.PASSWORD, "Resend");
    String first = api.mailedToken(admin, email, "WELCOME").orElseThrow();

    assertThat(
            api.post("/api/v1/auth/verify-email/resend", Map.of(), tokens.accessToken()).status())
        .isEqualTo(202);
    String second = api.mailedToken(admin, email, "VERIFY_EMAIL").orElseThrow();

    assertThat(api.post("/api/v1/auth/verify-email", Map.of("token", first)).status())
        .isEqualTo(400);
    assertThat(api.post("/api/v1/auth/verify-email", Map.of("token", second)).status())
        .isEqualTo(204);
  }

  @Test
  void renamingShowsOnMe() {
    TokenPair tokens = api.register(Accounts.email("rename"), Accounts.PASSWORD, "Old Name");

    Api.Response renamed =
        api.patch("/api/v1/me", Map.of("name", "  New Name "), tokens.accessToken());

    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.body().get("name").asString()).isEqualTo("New Name");
  }

  @Test
  void logoutEverywhereEndsEverySession() {
    String email = Accounts.email("everywhere");
    TokenPair laptop = api.register(email, Accounts.PASSWORD, "Two Devices");
    TokenPair phone = api.login(email, Accounts.PASSWORD);

    assertThat(api.post("/api/v1/auth/logout-all", Map.of(), phone.accessToken()).status())
        .isEqualTo(204);

    assertThat(api.refresh(laptop.refreshToken()).status()).isEqualTo(401);
    assertThat(api.refresh(phone.refreshToken()).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/me", laptop.accessToken()).status()).isEqualTo(401);
  }
}
