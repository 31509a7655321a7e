package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** GET and DELETE /me/sessions: each device's session, when it was last used, and ending one. */
@ServerIT
class SessionListIT {

  @LocalServerPort int port;
  @Autowired TestClock clock;

  private Api api() {
    return new Api(port);
  }

  private static JsonNode sessionOf(JsonNode list, String device) {
    for (JsonNode session : list) {
      if (session.hasNonNull("device") && session.get("device").asString().equals(device)) {
        return session;
      }
    }
    throw new AssertionError("no session of " + device + " in " + list);
  }

  private static String sid(TokenPair tokens) {
    String payload = tokens.accessToken().split("\\.")[1];
    String json = new String(java.util.Base64.getUrlDecoder().decode(payload));
    return tools.jackson.databind.json.JsonMapper.builder()
        .build()
        .readTree(json)
        .get("sid")
        .asString();
  }

  @Test
  void eachSignInIsListedWithItsDeviceAndLastUseAndTheCurrentOneIsMarked() {
    Api api = api();
    String email = Accounts.email("devices");
    TokenPair laptop =
        api.post(
                "/api/v1/auth/register",
                Map.of(
                    "email",
                    email,
                    "password",
                    Accounts.PASSWORD,
                    "name",
                    "Ana",
                    "deviceName",
                    "  Ana's laptop "))
            .tokens();
    TokenPair office =
        api.post(
                "/api/v1/auth/login",
                Map.of("email", email, "password", Accounts.PASSWORD, "deviceName", "Büro-PC ✓"))
            .tokens();

    Api.Response listed = api.get("/api/v1/me/sessions", laptop.accessToken());
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body()).hasSize(2);
    JsonNode mine = sessionOf(listed.body(), "Ana's laptop");
    JsonNode other = sessionOf(listed.body(), "Büro-PC ✓");
    assertThat(mine.get("id").asString()).isEqualTo(sid(laptop));
    assertThat(mine.get("current").asBoolean()).isTrue();
    assertThat(other.get("id").asString()).isEqualTo(sid(office));
    assertThat(other.get("current").asBoolean()).isFalse();
    Instant created = Instant.parse(other.get("createdAt").asString());
    assertThat(Instant.parse(other.get("lastUsedAt").asString())).isEqualTo(created);

    clock.advance(Duration.ofMinutes(2));
    assertThat(api.refresh(office.refreshToken()).status()).isEqualTo(200);

    JsonNode refreshed =
        sessionOf(api.get("/api/v1/me/sessions", laptop.accessToken()).body(), "Büro-PC ✓");
    assertThat(Instant.parse(refreshed.get("lastUsedAt").asString()))
        .isAfterOrEqualTo(created.plus(Duration.ofMinutes(2)));
  }

  @Test
  void endingASessionSignsThatDeviceOutAndOnlyTheOwnerMayEndIt() {
    Api api = api();
    String email = Accounts.email("ender");
    TokenPair phone = api.register(email, Accounts.PASSWORD, "Ender");
    TokenPair desk = api.login(email, Accounts.PASSWORD);
    TokenPair stranger = api.register(Accounts.email("stranger"), Accounts.PASSWORD, "Stranger");

    Api.Response notTheirs =
        api.delete("/api/v1/me/sessions/" + sid(desk), Map.of(), stranger.accessToken());
    assertThat(notTheirs.status()).isEqualTo(404);
    assertThat(notTheirs.body().get("type").asString())
        .isEqualTo("urn:careercoach:problem:session-not-found");
    assertThat(
            api.delete("/api/v1/me/sessions/" + UUID.randomUUID(), Map.of(), phone.accessToken())
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/me", desk.accessToken()).status()).isEqualTo(200);

    assertThat(
            api.delete("/api/v1/me/sessions/" + sid(desk), Map.of(), phone.accessToken()).status())
        .isEqualTo(204);
    assertThat(api.get("/api/v1/me", desk.accessToken()).status()).isEqualTo(401);
    assertThat(api.refresh(desk.refreshToken()).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/me/sessions", phone.accessToken()).body()).hasSize(1);

    assertThat(
            api.delete("/api/v1/me/sessions/" + sid(phone), Map.of(), phone.accessToken()).status())
        .isEqualTo(204);
    assertThat(api.get("/api/v1/me", phone.accessToken()).status()).isEqualTo(401);
  }

  @Test
  void aBadDeviceNameOrSessionIdIsRefusedWithTheFieldNamed() {
    Api api = api();
    String email = Accounts.email("badname");
    TokenPair tokens = api.register(email, Accounts.PASSWORD, "Bad Name");

    for (String bad :
        new String[] {"x".repeat(101), "two\nlines", "bell\u0007", "zero\u200bwidth"}) {
      Api.Response refused =
          api.post(
              "/api/v1/auth/login",
              Map.of("email", email, "password", Accounts.PASSWORD, "deviceName", bad));
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.body().get("type").asString())
          .isEqualTo("urn:careercoach:problem:validation");
      assertThat(refused.body().get("errors").get(0).get("field").asString())
          .isEqualTo("deviceName");
    }
    Api.Response badRegistration =
        api.post(
            "/api/v1/auth/register",
            Map.of(
                "email",
                Accounts.email("badname"),
                "password",
                Accounts.PASSWORD,
                "name",
                "X",
                "deviceName",
                "tab\there"));
    assertThat(badRegistration.status()).isEqualTo(400);
    assertThat(api.get("/api/v1/me/sessions", tokens.accessToken()).body()).hasSize(1);

    Api.Response badId =
        api.delete("/api/v1/me/sessions/not-an-id", Map.of(), tokens.accessToken());
    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.body().get("errors").get(0).get("field").asString()).isEqualTo("id");
  }
}
