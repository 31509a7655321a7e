package org.careercoach.server.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A Redis 6.2 server binary from a Maven artifact, for the local run: loopback only, append-only
 * file in the data folder (the queue survives a restart) and no eviction, the settings production
 * needs too.
 */
final class EmbeddedRedis implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);

  private final RedisServer server;
  private final int port;

  private EmbeddedRedis(RedisServer server, int port) {
    this.server = server;
    this.port = port;
  }

  static EmbeddedRedis start(Path folder) {
    try {
      Files.createDirectories(folder);
      int port = freePort();
      RedisServer server =
          RedisServer.newRedisServer()
              .port(port)
              .bind("127.0.0.1")
              .setting("dir " + folder.toAbsolutePath())
              .setting("appendonly yes")
              .setting("maxmemory-policy noeviction")
              .setting("save \"\"")
              .onShutdownForceStop(true)
              .build();
      server.start();
      log.info("Embedded Redis started on 127.0.0.1:{} with its data in {}", port, folder);
      return new EmbeddedRedis(server, port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded Redis in " + folder, e);
    }
  }

  int port() {
    return port;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (IOException e) {
      log.warn("event=embedded_redis_stop_failed reason={}", e.getMessage());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
