package org.careercoach.server.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.careercoach.server.config.EmbeddedProcesses;
import org.careercoach.server.config.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * A Redis 6.2 server binary from a Maven artifact, for the local run: loopback only, a password,
 * append-only file in the data folder (the queue survives a restart) and no eviction, the settings
 * production needs too. Its configuration, password included, is an owner-only file in the data
 * folder (never the command line, which every local user can read); its pid file lets the next
 * start stop a Redis left behind by a crashed run before opening the same append-only file.
 */
final class EmbeddedRedis implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);
  private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);

  private final RedisServer server;
  private final int port;
  private final EmbeddedProcesses.Claim claim;

  private EmbeddedRedis(RedisServer server, int port, EmbeddedProcesses.Claim claim) {
    this.server = server;
    this.port = port;
    this.claim = claim;
  }

  static EmbeddedRedis start(Path folder, String password) {
    Path dir = folder.toAbsolutePath().normalize();
    EmbeddedProcesses.Claim claim = null;
    try {
      OwnerOnlyFiles.createDirectories(dir);
      claim = EmbeddedProcesses.claim(dir.resolve("owner.lock"), "embedded Redis");
      Path config = dir.resolve("redis.conf");
      stopOrphan(dir, config);
      int port = freePort();
      OwnerOnlyFiles.replace(config, configuration(dir, port, password));
      String executable = ExecutableProvider.newJarResourceProvider().get().getAbsolutePath();
      RedisServer server = new RedisServer(port, List.of(executable, config.toString()), false);
      server.start();
      log.info("Embedded Redis started on 127.0.0.1:{} with its data in {}", port, dir);
      return new EmbeddedRedis(server, port, claim);
    } catch (IOException | RuntimeException e) {
      if (claim != null) {
        // A Redis that started but never answered is ours to stop too.
        stopOrphan(dir, dir.resolve("redis.conf"));
        claim.close();
      }
      if (e instanceof IOException io) {
        throw new UncheckedIOException("cannot start the embedded Redis in " + dir, io);
      }
      throw (RuntimeException) e;
    }
  }

  int port() {
    return port;
  }

  @Override
  public void close() {
    try {
      // SIGTERM: Redis writes out its append-only file and removes its pid file.
      server.stop();
    } catch (IOException e) {
      log.warn("event=embedded_redis_stop_failed reason={}", e.getMessage());
    } finally {
      claim.close();
    }
  }

  static String configuration(Path dir, int port, String password) {
    return String.join(
        "\n",
        "# Written by Career Coach at each start of the embedded Redis.",
        "port " + port,
        "bind 127.0.0.1",
        "protected-mode yes",
        "requirepass " + password,
        "dir " + quoted(dir.toString()),
        "pidfile " + quoted(dir.resolve("redis.pid").toString()),
        "appendonly yes",
        "maxmemory-policy noeviction",
        "save \"\"",
        "# Keep the command line (with this file's path): the next start knows its orphan by it.",
        "set-proc-title no",
        "");
  }

  /** Stops a Redis that a crashed run left on this folder: its command line names our config. */
  private static void stopOrphan(Path dir, Path config) {
    String configName = config.toString();
    Optional<ProcessHandle> orphan =
        EmbeddedProcesses.recorded(
            dir.resolve("redis.pid"),
            "embedded Redis",
            line -> line.contains("redis-server") && line.contains(configName));
    if (orphan.isEmpty()) {
      return;
    }
    ProcessHandle redis = orphan.get();
    log.warn(
        "event=embedded_redis_orphan_stopping pid={} dir={}: left by a run that ended without"
            + " stopping it",
        redis.pid(),
        dir);
    redis.destroy();
    if (!EmbeddedProcesses.awaitExit(redis, STOP_PATIENCE)) {
      redis.destroyForcibly();
      if (!EmbeddedProcesses.awaitExit(redis, STOP_PATIENCE)) {
        throw new IllegalStateException(
            "The embedded Redis of an earlier run (pid "
                + redis.pid()
                + ") on "
                + dir
                + " did not stop: stop it, then start the server again");
      }
    }
    log.info("event=embedded_redis_orphan_stopped pid={}", redis.pid());
  }

  /** Redis's configuration syntax: a double-quoted string with backslash escapes. */
  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
