package org.careercoach.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.careercoach.model.api.TokenPair;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.redis.Redis;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An event stream lives only as long as its session: every way a session ends closes its streams at
 * once (well within one 15 s keep-alive), on this instance and, through Redis, on others.
 */
@ServerIT
class EventStreamClosingIT {

  /** Far below the keep-alive interval: only the "session ended" message can be this quick. */
  static final Duration AT_ONCE = Duration.ofSeconds(3);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Redis redis;
  @Autowired EventStreams streams;
  Api api;
  String email;
  TokenPair first;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    email = Accounts.email("stream");
    first = api.register(email, Accounts.PASSWORD, "Stella Stream");
  }

  @Test
  void signingOutClosesThatSessionsStreamAndNotAnotherSessions() {
    TokenPair second = api.login(email, Accounts.PASSWORD);
    try (SseClient signedOut = SseClient.open(port, first.accessToken());
        SseClient other = SseClient.open(port, second.accessToken())) {

      assertThat(
              api.post("/api/v1/auth/logout", Map.of("refreshToken", first.refreshToken()))
                  .status())
          .isEqualTo(204);

      signedOut.awaitEnd(AT_ONCE);
      assertThat(signedOut.closedReason()).isEqualTo("{\"reason\":\"session-ended\"}");
      assertStillStreaming(other);
    }
  }

  @Test
  void signingOutEverywhereClosesEveryStreamOfTheUser() {
    TokenPair second = api.login(email, Accounts.PASSWORD);
    try (SseClient one = SseClient.open(port, first.accessToken());
        SseClient two = SseClient.open(port, second.accessToken())) {

      assertThat(api.post("/api/v1/auth/logout-all", Map.of(), second.accessToken()).status())
          .isEqualTo(204);

      one.awaitEnd(AT_ONCE);
      two.awaitEnd(AT_ONCE);
    }
  }

  @Test
  void aPasswordResetClosesEveryStream() {
    try (SseClient stream = SseClient.open(port, first.accessToken())) {
      api.post("/api/v1/auth/password-reset/request", Map.of("email", email));
      String token = api.mailedToken(api.adminToken(), email, "PASSWORD_RESET").orElseThrow();

      assertThat(
              api.post(
                      "/api/v1/auth/password-reset/confirm",
                      Map.of("token", token, "newPassword", "a brand new passphrase 8"))
                  .status())
          .isEqualTo(204);

      stream.awaitEnd(AT_ONCE);
    }
  }

  @Test
  void aPasswordChangeClosesTheOtherSessionsStreamsAndKeepsThisOnes() {
    TokenPair other = api.login(email, Accounts.PASSWORD);
    try (SseClient mine = SseClient.open(port, first.accessToken());
        SseClient theirs = SseClient.open(port, other.accessToken())) {

      assertThat(
              api.post(
                      "/api/v1/me/password",
                      Map.of(
                          "currentPassword",
                          Accounts.PASSWORD,
                          "newPassword",
                          "a brand new passphrase 8"),
                      first.accessToken())
                  .status())
          .isEqualTo(204);

      theirs.awaitEnd(AT_ONCE);
      assertStillStreaming(mine);
    }
  }

  @Test
  void disablingTheAccountClosesItsStreams() {
    try (SseClient stream = SseClient.open(port, first.accessToken())) {
      String id = api.get("/api/v1/me", first.accessToken()).body().get("id").asString();

      assertThat(
              api.post("/api/v1/admin/users/" + id + "/disable", Map.of(), api.adminToken())
                  .status())
          .isEqualTo(204);

      stream.awaitEnd(AT_ONCE);
    }
  }

  @Test
  void deletingTheAccountClosesItsStreams() {
    try (SseClient stream = SseClient.open(port, first.accessToken())) {
      assertThat(
              api.delete("/api/v1/me", Map.of("password", Accounts.PASSWORD), first.accessToken())
                  .status())
          .isEqualTo(204);

      stream.awaitEnd(AT_ONCE);
    }
  }

  @Test
  void aLostMessageStillClosesTheStreamAtTheNextKeepAlive() {
    try (SseClient stream = SseClient.open(port, first.accessToken())) {
      // Ended as another instance would, whose message never arrived.
      jdbc.sql("update sessions set revoked_at = now() where id = :id")
          .param("id", sessionOf(first))
          .update();
      assertThat(stream.ended()).isFalse();

      streams.keepAlive();

      stream.awaitEnd(AT_ONCE);
      assertThat(stream.closedReason()).contains("session-ended");
    }
  }

  @Test
  void aCloseRequestFromAnotherInstanceClosesTheLocalStream() {
    try (SseClient stream = SseClient.open(port, first.accessToken())) {
      // The session still counts here; only the message says it ended elsewhere.
      redis
          .commands()
          .publish(
              "coach:event-streams:close",
              "{\"user\":\"%s\",\"session\":\"%s\",\"streams\":[],\"reason\":\"session-ended\"}"
                  .formatted(userOf(first), sessionOf(first)));

      stream.awaitEnd(AT_ONCE);
    }
  }

  /** A keep-alive reaches the stream after the others closed: the server still holds it open. */
  private void assertStillStreaming(SseClient stream) {
    long before = stream.keepAlives();
    streams.keepAlive();
    stream.await(() -> stream.keepAlives() > before, AT_ONCE, "kept alive");
    assertThat(stream.ended()).isFalse();
  }

  static UUID sessionOf(TokenPair tokens) {
    return UUID.fromString(claims(tokens).get("sid").asString());
  }

  static UUID userOf(TokenPair tokens) {
    return UUID.fromString(claims(tokens).get("sub").asString());
  }

  private static tools.jackson.databind.JsonNode claims(TokenPair tokens) {
    String payload = tokens.accessToken().split("\\.")[1];
    return CoachJson.mapper()
        .readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
  }
}
