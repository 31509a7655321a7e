package org.careercoach.server.redis;

import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Lockouts that grow, kept in Redis so they hold across every server instance. Failures are counted
 * in a window; the one that fills it starts a lockout of the window's length, doubled at each
 * further lockout up to a maximum. The escalation is forgotten after a quiet spell without
 * failures. Times come from the caller's clock, so tests can move them. Empty answers mean Redis
 * could not be asked; the caller decides what happens then.
 */
@Component
public class SharedLockouts {

  /** KEYS[1] the state; ARGV now, capacity, window, max lockout, memory (ms). */
  static final String RECORD_FAILURE =
      """
      local now = tonumber(ARGV[1])
      local capacity = tonumber(ARGV[2])
      local window = tonumber(ARGV[3])
      local maxLock = tonumber(ARGV[4])
      local memory = tonumber(ARGV[5])
      local s = redis.call('HMGET', KEYS[1], 'start', 'count', 'level', 'until', 'last')
      local start = tonumber(s[1]) or now
      local count = tonumber(s[2]) or 0
      local level = tonumber(s[3]) or 0
      local untilAt = tonumber(s[4]) or 0
      local last = tonumber(s[5]) or now
      if now - last > memory then level = 0 end
      if now - start >= window or now < start then start = now; count = 0 end
      count = count + 1
      local lock = 0
      if count >= capacity then
        level = level + 1
        lock = window
        for i = 2, level do
          lock = lock * 2
          if lock >= maxLock then break end
        end
        if lock > maxLock then lock = maxLock end
        untilAt = now + lock
        start = now
        count = 0
      end
      redis.call('HSET', KEYS[1], 'start', start, 'count', count, 'level', level,
                 'until', untilAt, 'last', now)
      redis.call('PEXPIRE', KEYS[1], memory + maxLock)
      return lock
      """;

  private final Redis redis;

  public SharedLockouts(Redis redis) {
    this.redis = redis;
  }

  /** The end of the current lockout of {@code key} (epoch ms; 0 or past: none). */
  public Optional<Long> lockedUntil(String key) {
    try {
      String value = redis.commands().hget(key, "until");
      return Optional.of(value == null ? 0L : Long.parseLong(value));
    } catch (RedisException e) {
      return Optional.empty();
    }
  }

  /** Counts one failure; answers the lockout (ms) it started, 0 if none. */
  public Optional<Long> recordFailure(
      String key, long nowMillis, int capacity, long windowMillis, long maxMillis, long memory) {
    try {
      Long lock =
          redis
              .commands()
              .eval(
                  RECORD_FAILURE,
                  ScriptOutputType.INTEGER,
                  new String[] {key},
                  Long.toString(nowMillis),
                  Integer.toString(capacity),
                  Long.toString(windowMillis),
                  Long.toString(maxMillis),
                  Long.toString(memory));
      return Optional.of(lock);
    } catch (RedisException e) {
      return Optional.empty();
    }
  }
}
