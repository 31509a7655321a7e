package org.careercoach.server.jobs;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Heartbeats of the worker processes, in Redis: each process with workers keeps one key alive
 * ({@code coach:workers:<process>}, a hash of its concurrency, jobs running now and start time) and
 * lets it expire after three missed beats. A process that dies simply stops beating; the key goes
 * with it, so "no worker alive" needs no cleanup to be true.
 */
final class WorkerRegistry {

  static final String PREFIX = "coach:workers:";

  /** One live worker process as its last heartbeat described it. */
  record Worker(String process, int concurrency, int busy, Instant startedAt, Instant beatAt) {}

  private WorkerRegistry() {}

  static void beat(
      RedisCommands<String, String> redis,
      String process,
      int concurrency,
      int busy,
      Instant startedAt,
      Instant now,
      Duration ttl) {
    String key = PREFIX + process;
    redis.hset(
        key,
        Map.of(
            "concurrency", String.valueOf(concurrency),
            "busy", String.valueOf(busy),
            "startedAt", startedAt.toString(),
            "beatAt", now.toString()));
    redis.pexpire(key, ttl.toMillis());
  }

  static void gone(RedisCommands<String, String> redis, String process) {
    redis.del(PREFIX + process);
  }

  /** The processes whose heartbeat has not expired, by name. */
  static List<Worker> alive(RedisCommands<String, String> redis) {
    List<Worker> workers = new ArrayList<>();
    ScanCursor cursor = ScanCursor.INITIAL;
    do {
      KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches(PREFIX + "*"));
      for (String key : page.getKeys()) {
        Map<String, String> fields = redis.hgetall(key);
        if (fields.containsKey("beatAt")) {
          workers.add(
              new Worker(
                  key.substring(PREFIX.length()),
                  Integer.parseInt(fields.getOrDefault("concurrency", "0")),
                  Integer.parseInt(fields.getOrDefault("busy", "0")),
                  Instant.parse(fields.getOrDefault("startedAt", fields.get("beatAt"))),
                  Instant.parse(fields.get("beatAt"))));
        }
      }
      cursor = page;
    } while (!cursor.isFinished());
    workers.sort(Comparator.comparing(Worker::process));
    return workers;
  }
}
