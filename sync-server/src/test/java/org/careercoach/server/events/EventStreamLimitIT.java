package org.careercoach.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.redis.Redis;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One user holds at most COACH_EVENTS_MAX_STREAMS_PER_USER (5) streams, counted in Redis. */
@ServerIT
class EventStreamLimitIT {

  @LocalServerPort int port;
  @Autowired Redis redis;
  @Autowired EventsProperties properties;

  @Test
  void openingOneMoreThanTheLimitClosesTheUsersOldestAndNobodyElses() {
    Api api = new Api(port);
    TokenPair a = api.register(Accounts.email("many"), Accounts.PASSWORD, "Many Streams");
    TokenPair b = api.register(Accounts.email("one"), Accounts.PASSWORD, "One Stream");
    int max = properties.maxStreamsPerUser();
    List<SseClient> opened = new ArrayList<>();
    try (SseClient bs = SseClient.open(port, b.accessToken())) {
      for (int i = 0; i < max + 1; i++) {
        opened.add(SseClient.open(port, a.accessToken()));
      }

      opened.get(0).awaitEnd(EventStreamClosingIT.AT_ONCE);
      assertThat(opened.get(0).closedReason()).isEqualTo("{\"reason\":\"stream-limit\"}");
      assertThat(opened.subList(1, max + 1)).noneMatch(SseClient::ended);
      assertThat(bs.ended()).isFalse();
      assertThat(redis.commands().zcard(key(a))).isEqualTo(max);
      assertThat(redis.commands().zcard(key(b))).isEqualTo(1);
    } finally {
      opened.forEach(SseClient::close);
    }
  }

  @Test
  void streamsOpenOnOtherInstancesCountTowardsTheLimit() {
    Api api = new Api(port);
    TokenPair user = api.register(Accounts.email("spread"), Accounts.PASSWORD, "Spread Out");
    int max = properties.maxStreamsPerUser();
    long now = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    List<String> elsewhere = new ArrayList<>();
    for (int i = 0; i < max; i++) {
      String id = UUID.randomUUID().toString();
      elsewhere.add(id);
      // As another instance registers its streams: older ones first.
      redis.commands().zadd(key(user), now - Duration.ofMinutes(10 - i).toNanos() / 1000, id);
    }

    try (SseClient here = SseClient.open(port, user.accessToken())) {
      assertThat(redis.commands().zcard(key(user))).isEqualTo(max);
      assertThat(redis.commands().zscore(key(user), elsewhere.get(0)))
          .as("the oldest stream, on the other instance, was told to close")
          .isNull();
      assertThat(redis.commands().zscore(key(user), elsewhere.get(1))).isNotNull();
      assertThat(here.ended()).isFalse();
    }
  }

  private static String key(TokenPair tokens) {
    return "coach:event-streams:" + EventStreamClosingIT.userOf(tokens);
  }
}
