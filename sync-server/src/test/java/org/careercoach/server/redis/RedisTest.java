package org.careercoach.server.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.careercoach.server.config.EmbeddedProcesses;
import org.careercoach.server.support.TestJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import redis.embedded.RedisServer;

/** The connection to a real Redis that is down at start, comes up, and restarts. */
class RedisTest {

  private static final String PASSWORD = "test-only-redis-password-7Hq2";

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
    EmbeddedRedis embedded = EmbeddedRedis.start(folder, PASSWORD);
    try (Redis redis = new Redis("127.0.0.1", embedded.port(), PASSWORD, false, embedded)) {
      assertThat(redis.commands().configGet("appendonly")).containsEntry("appendonly", "yes");
      assertThat(redis.commands().configGet("maxmemory-policy"))
          .containsEntry("maxmemory-policy", "noeviction");
      assertThat(redis.commands().configGet("bind").get("bind")).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void theEmbeddedRedisRefusesEveryCommandWithoutItsPassword() throws Exception {
    try (EmbeddedRedis embedded = EmbeddedRedis.start(folder, PASSWORD)) {
      assertThat(rawCommand(embedded.port(), "PING")).startsWith("-NOAUTH");
      assertThat(rawCommand(embedded.port(), "PUBLISH user-events forged")).startsWith("-NOAUTH");
      assertThat(rawCommand(embedded.port(), "AUTH " + PASSWORD + "\r\nPING"))
          .isEqualTo("+OK\r\n+PONG");

      Path config = folder.resolve("redis.conf");
      assertThat(Files.readString(config)).contains("requirepass " + PASSWORD);
      assertThat(Files.getPosixFilePermissions(config))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      assertThat(EmbeddedProcesses.commandLine(ProcessHandle.of(pidOf(folder)).orElseThrow()))
          .get()
          .asString()
          .contains(config.toString())
          .doesNotContain(PASSWORD);
    }
  }

  @Test
  void aPidFileNamingSomeoneElsesProcessIsRemovedAndThatProcessLeftAlone() throws Exception {
    Process stranger = new ProcessBuilder("sleep", "60").start();
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("redis.pid"), stranger.pid() + "\n");

      try (EmbeddedRedis embedded = EmbeddedRedis.start(folder, PASSWORD)) {
        assertThat(stranger.isAlive()).isTrue();
        assertThat(pidOf(folder)).isNotEqualTo(stranger.pid());
      }
    } finally {
      stranger.destroyForcibly();
    }
  }

  @Test
  void aSecondEmbeddedRedisOnTheSameFolderIsRefusedAndTheFirstKeepsRunning() throws Exception {
    try (EmbeddedRedis first = EmbeddedRedis.start(folder, PASSWORD)) {
      assertThatThrownBy(() -> EmbeddedRedis.start(folder, PASSWORD))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(
              "Another Career Coach server or worker is running its embedded Redis");
      assertThat(rawCommand(first.port(), "AUTH " + PASSWORD + "\r\nPING"))
          .isEqualTo("+OK\r\n+PONG");
    }
  }

  /** Redis's inline protocol: each line a command; returns the answers' lines. */
  static String rawCommand(int port, String commands) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5_000);
      int expected = commands.split("\r\n").length;
      socket.getOutputStream().write((commands + "\r\n").getBytes(StandardCharsets.US_ASCII));
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      StringBuilder answers = new StringBuilder();
      for (int i = 0; i < expected; i++) {
        answers.append(i == 0 ? "" : "\r\n").append(in.readLine());
      }
      return answers.toString();
    }
  }

  private static long pidOf(Path folder) throws IOException {
    return Long.parseLong(Files.readString(folder.resolve("redis.pid")).strip());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
