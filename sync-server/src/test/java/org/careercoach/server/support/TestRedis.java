package org.careercoach.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import redis.embedded.RedisServer;

/**
 * One real Redis server (the embedded-redis binary) for the whole test JVM, which tests may stop
 * and start again on the same port, as an operator's restart would. No persistence: a restart loses
 * everything, the worst case the reconciler must repair.
 */
public final class TestRedis {

  private static int port;
  private static RedisServer server;

  private TestRedis() {}

  public static synchronized int port() {
    if (server == null) {
      port = freePort();
      start();
      Runtime.getRuntime().addShutdownHook(new Thread(TestRedis::stop));
    }
    return port;
  }

  public static synchronized void start() {
    if (server != null && server.isActive()) {
      return;
    }
    try {
      server =
          RedisServer.newRedisServer()
              .port(port)
              .bind("127.0.0.1")
              .setting("save \"\"")
              .setting("appendonly no")
              .onShutdownForceStop(true)
              .build();
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static synchronized void stop() {
    if (server != null) {
      try {
        server.stop();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Points a Spring context at this Redis. */
  public static final class Initializer
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "test-redis",
                  Map.of("coach.redis.host", "127.0.0.1", "coach.redis.port", port())));
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
