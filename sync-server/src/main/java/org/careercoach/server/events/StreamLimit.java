package org.careercoach.server.events;

import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.server.redis.Redis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The open streams of each user across all instances: a sorted set per user in Redis, stream ids
 * scored by their opening time (wall-clock microseconds). Registering a stream atomically (one
 * script) drops entries older than a stream can live (left by an instance that died), adds the new
 * one, and takes out the oldest beyond the limit, which the caller then closes wherever they are.
 */
@Component
class StreamLimit {

  private static final Logger log = LoggerFactory.getLogger(StreamLimit.class);
  static final String KEY_PREFIX = "coach:event-streams:";

  /** KEYS[1] the user's set; ARGV: stream id, now (µs), limit, lifetime (µs). */
  private static final String REGISTER =
      """
      local now = tonumber(ARGV[2])
      local lifetime = tonumber(ARGV[4])
      redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - lifetime)
      redis.call('ZADD', KEYS[1], now, ARGV[1])
      redis.call('PEXPIRE', KEYS[1], math.floor(lifetime / 1000))
      local excess = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[3])
      local evicted = {}
      if excess <= 0 then return evicted end
      for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, excess)) do
        if member ~= ARGV[1] and #evicted < excess then
          redis.call('ZREM', KEYS[1], member)
          table.insert(evicted, member)
        end
      end
      return evicted
      """;

  private final Redis redis;
  private final EventsProperties properties;

  StreamLimit(Redis redis, EventsProperties properties) {
    this.redis = redis;
    this.properties = properties;
  }

  /**
   * Counts a new stream of this user; answers the streams to close so the user keeps at most the
   * limit, or empty while Redis is down (the caller then holds the limit on this instance alone).
   */
  Optional<List<UUID>> register(UUID user, UUID stream, Duration lifetime) {
    long nowMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    try {
      List<String> evicted =
          redis
              .commands()
              .eval(
                  REGISTER,
                  ScriptOutputType.MULTI,
                  new String[] {KEY_PREFIX + user},
                  stream.toString(),
                  Long.toString(nowMicros),
                  Integer.toString(properties.maxStreamsPerUser()),
                  Long.toString(lifetime.toNanos() / 1000));
      return Optional.of(evicted.stream().map(UUID::fromString).toList());
    } catch (RedisException e) {
      log.debug("stream limit held per instance while Redis is down: {}", e.getMessage());
      return Optional.empty();
    }
  }

  /** Forgets a stream that closed. */
  void forget(UUID user, UUID stream) {
    try {
      redis.commands().zrem(KEY_PREFIX + user, stream.toString());
    } catch (RedisException e) {
      // Its entry ages out: the next registration drops entries older than a stream's lifetime.
      log.debug("closed stream not forgotten in Redis: {}", e.getMessage());
    }
  }
}
