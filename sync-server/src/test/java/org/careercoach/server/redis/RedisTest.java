package org.careercoach.server.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.careercoach.server.support.TestJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import redis.embedded.RedisServer;

/** The connection to a real Redis that is down at start, comes up, and restarts. */
class RedisTest {

  @TempDir Path folder;

  @Test
  void startsWithoutRedisAndConnectsOnceItIsUp() throws Exception {
    int port = freePort();
    try (Redis redis = new Redis("127.0.0.1", port)) {
      RedisHealthIndicator health = new RedisHealthIndicator(redis);
      assertThatThrownBy(redis::commands).isInstanceOf(RedisException.class);
      assertThat(health.health().getStatus()).isEqualTo(RedisHealthIndicator.FAILING);

      RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").build();
      server.start();
      try {
        assertThat(TestJobs.await(java.time.Duration.ofSeconds(5), redis::isUp)).isTrue();
        redis.commands().set("k", "v");
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        server.stop();
        assertThat(redis.isUp()).isFalse();
        server.start();
        assertThat(TestJobs.await(java.time.Duration.ofSeconds(10), redis::isUp))
            .as("reconnects by itself after a restart")
            .isTrue();
      } finally {
        server.stop();
      }
    }
  }

  @Test
  void theEmbeddedRedisKeepsAnAppendOnlyFileAndEvictsNothing() {
    EmbeddedRedis embedded = EmbeddedRedis.start(folder);
    try (Redis redis = new Redis("127.0.0.1", embedded.port(), null, false, embedded)) {
      assertThat(redis.commands().configGet("appendonly")).containsEntry("appendonly", "yes");
      assertThat(redis.commands().configGet("maxmemory-policy"))
          .containsEntry("maxmemory-policy", "noeviction");
      assertThat(redis.commands().configGet("bind").get("bind")).isEqualTo("127.0.0.1");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
