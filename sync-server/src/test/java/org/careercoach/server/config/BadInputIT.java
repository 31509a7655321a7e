package org.careercoach.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Hostile and broken requests: a clear 4xx problem, nothing written, the server unharmed. */
@ServerIT
class BadInputIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Api api;
  long usersBefore;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    usersBefore = users();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{",
        "not json",
        "[]",
        "{\"email\": \"a@b.example\", \"password\": 12345678901, \"name\": \"N\"}",
        "{\"email\": \"a@b.example\"} trailing",
        "{\"email\": {\"$ne\": null}, \"password\": \"x\", \"name\": \"N\"}"
      })
  void malformedJsonIsA400ProblemAndWritesNothing(String body) {
    Api.Response response = api.postRaw("/api/v1/auth/register", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.raw().body()).doesNotContain("Exception").doesNotContain("tools.jackson");
    assertThat(users()).isEqualTo(usersBefore);
  }

  @Test
  void aWrongTypeNamesTheFieldWithoutEchoingTheValue() {
    Api.Response response =
        api.postRaw("/api/v1/auth/login", "{\"email\":\"a@b.example\",\"password\":98765432109}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("password");
    assertThat(response.raw().body()).doesNotContain("98765432109");
  }

  @Test
  void missingFieldsAreNamed() {
    Api.Response response =
        api.post("/api/v1/auth/register", Map.of("email", Accounts.email("missing")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().get("errors").toString()).contains("password").contains("name");
    assertThat(users()).isEqualTo(usersBefore);
  }

  @Test
  void aOneMegabyteFieldIsA400() {
    String huge = "n".repeat(1024 * 1024);
    Api.Response response =
        api.post(
            "/api/v1/auth/register",
            Map.of("email", Accounts.email("huge"), "password", Accounts.PASSWORD, "name", huge));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("name");
    assertThat(users()).isEqualTo(usersBefore);
  }

  @Test
  void aBodyOverTheLimitIsA413() {
    String body = "{\"email\":\"" + "e".repeat(3 * 1024 * 1024) + "\"}";

    Api.Response response = api.postRaw("/api/v1/auth/login", body);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Nul\u0000Byte", "Bell\u0007", "Evil \u202Egnp.exe", "Zero\uFEFFwidth", "   "})
  void oddUnicodeInANameIsA400(String name) {
    Api.Response response =
        api.post(
            "/api/v1/auth/register",
            Map.of(
                "email", Accounts.email("unicode"), "password", Accounts.PASSWORD, "name", name));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("name");
    assertThat(users()).isEqualTo(usersBefore);
  }

  @Test
  void aLoneSurrogateEscapedInJsonIsA400() {
    String body =
        "{\"email\":\""
            + Accounts.email("surrogate")
            + "\",\"password\":\""
            + Accounts.PASSWORD
            + "\",\"name\":\"Lone \\ud800 surrogate\"}";

    Api.Response response = api.postRaw("/api/v1/auth/register", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(users()).isEqualTo(usersBefore);
  }

  @Test
  void realNamesInAnyScriptAreWelcome() {
    for (String name : new String[] {"José Ñúñez", "محمد علي", "李小龍", "Zoë 👩🏽‍💻"}) {
      Api.Response response =
          api.post(
              "/api/v1/auth/register",
              Map.of(
                  "email", Accounts.email("script"), "password", Accounts.PASSWORD, "name", name));
      assertThat(response.status()).as(name).isEqualTo(201);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "' OR '1'='1",
        "admin@x.example' --",
        "x@example.com'; DROP TABLE users; --",
        "\"; DELETE FROM sessions; --"
      })
  void sqlLikeEmailsAreA400AndTheTablesStand(String email) {
    Api.Response response =
        api.post(
            "/api/v1/auth/register",
            Map.of("email", email, "password", Accounts.PASSWORD, "name", "Bobby Tables"));
    Api.Response login =
        api.post("/api/v1/auth/login", Map.of("email", email, "password", "' OR '1'='1' --"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(login.status()).isEqualTo(401);
    assertThat(users()).isEqualTo(usersBefore);
  }

  @Test
  void aSqlLikeNameIsStoredAsPlainText() {
    String name = "Robert'); DROP TABLE users;--";
    String token = api.register(Accounts.email("bobby"), Accounts.PASSWORD, name).accessToken();

    assertThat(api.get("/api/v1/me", token).body().get("name").asString()).isEqualTo(name);
    assertThat(users()).isEqualTo(usersBefore + 1);
  }

  @Test
  void anUnknownEndpointAndAWrongMethodAnswerProblemJson() {
    assertThat(api.get("/api/v1/auth/login", null).status()).isIn(401, 405);
    Api.Response wrongMethod = api.postRaw("/actuator/health", "{}");
    assertThat(wrongMethod.contentType()).isEqualTo("application/problem+json");
  }

  private long users() {
    return jdbc.sql("select count(*) from users").query(Long.class).single();
  }
}
