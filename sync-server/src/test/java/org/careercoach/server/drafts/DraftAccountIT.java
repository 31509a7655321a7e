package org.careercoach.server.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.careercoach.model.api.TokenPair;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.events.SseClient;
import org.careercoach.server.redis.Redis;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Drafts and the rest of the account: its event streams, its limit, its deletion, the admin. */
@ServerIT
class DraftAccountIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired DraftsProperties properties;
  @Autowired Redis redis;
  Api api;
  TokenPair tokens;
  DraftClient device;
  UUID userId;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    tokens = api.register(Accounts.email("account"), Accounts.PASSWORD, "Ac");
    device = new DraftClient(port, tokens.accessToken());
    userId =
        UUID.fromString(api.get("/api/v1/me", tokens.accessToken()).body().get("id").asString());
  }

  @Test
  void aStoredChangeReachesTheUsersOtherStreamsAndNoOneElses() {
    TokenPair other = api.register(Accounts.email("stranger"), Accounts.PASSWORD, "St");
    UUID id = UUID.randomUUID();
    try (SseClient mine =
            SseClient.open(port, api.login(emailOf(), Accounts.PASSWORD).accessToken());
        SseClient theirs = SseClient.open(port, other.accessToken())) {

      device.put(id, null, DraftClient.body("Announced"));
      device.put(id, "\"1\"", DraftClient.body("Announced again"));

      String expected = "data:{\"id\":\"" + id + "\",\"version\":2}";
      mine.await(() -> mine.lines().contains(expected), Duration.ofSeconds(5), "told of version 2");
      assertThat(mine.lines()).contains("event:draft");
      assertThat(theirs.lines()).noneMatch(line -> line.contains(id.toString()));
    }
  }

  @Test
  void aStoredChangeIsSharedThroughRedisForTheStreamsOnOtherInstances() throws Exception {
    BlockingQueue<String> shared = new LinkedBlockingQueue<>();
    try (StatefulRedisPubSubConnection<String, String> other = redis.pubSub()) {
      other.addListener(
          new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
              shared.add(message);
            }
          });
      other.sync().subscribe("coach:user-events"); // events.UserEvents.CHANNEL
      UUID id = UUID.randomUUID();

      device.put(id, null, DraftClient.body("Seen everywhere"));

      String message = shared.poll(5, TimeUnit.SECONDS);
      while (message != null && !message.contains(id.toString())) {
        message = shared.poll(5, TimeUnit.SECONDS);
      }
      assertThat(message).as("the change as another instance receives it").isNotNull();
      JsonNode envelope = CoachJson.mapper().readTree(message);
      assertThat(envelope.get("type").asString()).isEqualTo("draft");
      assertThat(envelope.get("user").asString()).isEqualTo(userId.toString());
      assertThat(envelope.get("data").get("version").asLong()).isEqualTo(1);
    }
  }

  @Test
  void livesDraftsAreLimitedPerUserAndTombstonesDoNotCount() {
    int limit = properties.perUser();
    UUID first = null;
    for (int i = 0; i < limit; i++) {
      UUID id = UUID.randomUUID();
      first = first == null ? id : first;
      assertThat(device.put(id, null, DraftClient.body("Draft " + i)).status()).isEqualTo(201);
    }

    DraftClient.Answer over = device.put(UUID.randomUUID(), null, DraftClient.body("One too many"));

    assertThat(over.status()).isEqualTo(403);
    assertThat(over.type()).isEqualTo("urn:careercoach:problem:draft-limit");
    assertThat(liveDrafts()).isEqualTo(limit);
    assertThat(device.delete(first, "\"1\"", null).status()).isEqualTo(200);
    UUID replacement = UUID.randomUUID();
    assertThat(device.put(replacement, null, DraftClient.body("Fits now")).status()).isEqualTo(201);
    // Bringing the tombstone back would make one more than the limit.
    assertThat(device.put(first, "\"2\"", DraftClient.body("Revived")).status()).isEqualTo(403);
  }

  @Test
  void deletingTheAccountRemovesItsDraftsAndTheirLog() {
    UUID id = UUID.randomUUID();
    device.put(id, null, DraftClient.body("Private"));
    device.put(id, "\"1\"", "key", DraftClient.body("Private, edited"));

    assertThat(
            api.delete("/api/v1/me", Map.of("password", Accounts.PASSWORD), tokens.accessToken())
                .status())
        .isEqualTo(204);

    for (String table :
        new String[] {"drafts", "draft_log", "draft_sync_state", "draft_idempotency"}) {
      assertThat(
              jdbc.sql("select count(*) from " + table + " where owner_id = :owner")
                  .param("owner", userId)
                  .query(Long.class)
                  .single())
          .as(table)
          .isZero();
    }
  }

  @Test
  void anAdminSeesHowManyDraftsAUserKeepsButNotTheirContent() {
    UUID kept = UUID.randomUUID();
    UUID deleted = UUID.randomUUID();
    device.put(kept, null, DraftClient.body("Secret plans"));
    device.put(deleted, null, DraftClient.body("Gone"));
    device.delete(deleted, "\"1\"", null);

    Api.Response details = api.get("/api/v1/admin/users/" + userId, api.adminToken());

    assertThat(details.status()).isEqualTo(200);
    assertThat(details.body().get("drafts").asLong()).isEqualTo(1);
    assertThat(details.raw().body()).doesNotContain("Secret plans");
    assertThat(api.get("/api/v1/admin/users/" + userId, tokens.accessToken()).status())
        .isEqualTo(403);
  }

  private String emailOf() {
    return api.get("/api/v1/me", tokens.accessToken()).body().get("email").asString();
  }

  private long liveDrafts() {
    return jdbc.sql("select count(*) from drafts where owner_id = :owner and not deleted")
        .param("owner", userId)
        .query(Long.class)
        .single();
  }
}
