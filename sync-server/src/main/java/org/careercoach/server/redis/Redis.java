package org.careercoach.server.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's way to Redis (Lettuce). The server starts whether or not Redis is up: a command made
 * while it is unreachable fails at once with a {@link RedisException} (nothing waits in a buffer),
 * and the next one tries to connect again, so work resumes by itself when Redis comes back. Once
 * connected, Lettuce reconnects on its own after a restart or a cut connection.
 */
public final class Redis implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Redis.class);
  static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);

  private final RedisClient client;
  private final String address;
  private final EmbeddedRedis embedded;
  private final Object connecting = new Object();
  private volatile StatefulRedisConnection<String, String> shared;
  private volatile StatefulRedisConnection<byte[], byte[]> binary;
  private volatile long nextAttemptNanos = System.nanoTime();
  private volatile boolean reportedDown;

  /** A Redis at this address, without password or TLS (a local one, or a test's). */
  public Redis(String host, int port) {
    this(host, port, null, false, null);
  }

  Redis(String host, int port, String password, boolean tls, EmbeddedRedis embedded) {
    this.embedded = embedded;
    this.address = host + ":" + port;
    RedisURI.Builder uri =
        RedisURI.Builder.redis(host, port).withSsl(tls).withTimeout(COMMAND_TIMEOUT);
    if (password != null && !password.isBlank()) {
      uri.withPassword(password.toCharArray());
    }
    this.client = RedisClient.create(uri.build());
    client.setOptions(
        ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
            .build());
  }

  /** Commands on the shared connection; throws {@link RedisException} while Redis is down. */
  public RedisCommands<String, String> commands() {
    StatefulRedisConnection<String, String> connection = shared;
    if (connection == null) {
      connection = connectShared();
    }
    return connection.sync();
  }

  /** A shared connection for binary values (Bucket4j's buckets). */
  public StatefulRedisConnection<byte[], byte[]> binary() {
    StatefulRedisConnection<byte[], byte[]> connection = binary;
    if (connection == null) {
      synchronized (connecting) {
        if (binary == null) {
          commands();
          binary = client.connect(ByteArrayCodec.INSTANCE);
        }
        connection = binary;
      }
    }
    return connection;
  }

  /**
   * A connection of its own, for a blocking read that must not hold up other commands. The caller
   * closes it.
   */
  public StatefulRedisConnection<String, String> dedicated() {
    commands();
    return client.connect();
  }

  /** A publish/subscribe connection; the caller closes it. */
  public StatefulRedisPubSubConnection<String, String> pubSub() {
    commands();
    return client.connectPubSub();
  }

  /** Whether Redis answers now. */
  public boolean isUp() {
    try {
      return "PONG".equals(commands().ping());
    } catch (RedisException e) {
      return false;
    }
  }

  public String address() {
    return address;
  }

  private StatefulRedisConnection<String, String> connectShared() {
    synchronized (connecting) {
      if (shared != null) {
        return shared;
      }
      if (System.nanoTime() - nextAttemptNanos < 0) {
        throw new RedisConnectionException("Redis at " + address + " is not reachable");
      }
      try {
        StatefulRedisConnection<String, String> connection = client.connect();
        shared = connection;
        log.info("Redis connected at {}", address);
        reportedDown = false;
        ProductionSettings.warnIfMissing(connection.sync(), address);
        return connection;
      } catch (RedisException e) {
        nextAttemptNanos = System.nanoTime() + RECONNECT_PAUSE.toNanos();
        if (!reportedDown) {
          reportedDown = true;
          log.warn(
              "Redis at {} is not reachable ({}): the server runs on, uploads are kept and their"
                  + " parse jobs wait in the database until Redis is back",
              address,
              e.getMessage());
        }
        throw e;
      }
    }
  }

  @Override
  public void close() {
    for (AutoCloseable connection : new AutoCloseable[] {shared, binary}) {
      if (connection != null) {
        try {
          connection.close();
        } catch (Exception e) {
          log.debug("closing a Redis connection: {}", e.getMessage());
        }
      }
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    if (embedded != null) {
      embedded.close();
    }
  }

  /** The settings a queue that must lose nothing needs; warned about, not enforced. */
  static final class ProductionSettings {

    private ProductionSettings() {}

    static void warnIfMissing(RedisCommands<String, String> redis, String address) {
      try {
        Map<String, String> aof = redis.configGet("appendonly");
        Map<String, String> policy = redis.configGet("maxmemory-policy");
        if (!"yes".equals(aof.get("appendonly"))) {
          log.warn(
              "Redis at {} runs without append-only persistence (appendonly no): a Redis restart"
                  + " loses queued jobs until the reconciler puts them back. Set appendonly yes.",
              address);
        }
        if (!"noeviction".equals(policy.get("maxmemory-policy"))) {
          log.warn(
              "Redis at {} may evict keys (maxmemory-policy {}): queued jobs could vanish under"
                  + " memory pressure. Set maxmemory-policy noeviction.",
              address,
              policy.get("maxmemory-policy"));
        }
      } catch (RedisException e) {
        log.warn(
            "Could not read the settings of Redis at {} ({}); make sure appendonly is yes and"
                + " maxmemory-policy is noeviction",
            address,
            e.getMessage());
      }
    }
  }
}
