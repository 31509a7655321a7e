package org.careercoach.server.jobs;

import io.lettuce.core.Consumer;
import io.lettuce.core.Range;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The Redis stream that carries jobs, read through one consumer group. An entry stays pending for
 * the consumer that read it until acknowledged; one whose consumer went silent past the visibility
 * timeout is taken over with XAUTOCLAIM. Entries are deleted once acknowledged, so the stream holds
 * only work not yet done.
 */
final class JobQueue {

  static final String STREAM = "coach:parse-jobs";
  static final String GROUP = "parse-workers";
  private static final String JOB = "job";

  /** One delivery of a job: the stream entry and the job it names. */
  record Delivery(String entryId, UUID jobId) {}

  private JobQueue() {}

  static String add(RedisCommands<String, String> redis, UUID jobId) {
    return redis.xadd(STREAM, Map.of(JOB, jobId.toString()));
  }

  /** A new entry for this consumer, waiting up to {@code block} for one. */
  static Optional<Delivery> read(
      RedisCommands<String, String> redis, String consumer, Duration block) {
    return withGroup(
        redis,
        () ->
            first(
                redis.xreadgroup(
                    Consumer.from(GROUP, consumer),
                    XReadArgs.Builder.count(1).block(block),
                    XReadArgs.StreamOffset.lastConsumed(STREAM))));
  }

  /** An entry another consumer has held silently for longer than {@code idle}, now this one's. */
  static Optional<Delivery> takeOverStalled(
      RedisCommands<String, String> redis, String consumer, Duration idle) {
    return withGroup(
        redis,
        () ->
            first(
                redis
                    .xautoclaim(
                        STREAM,
                        XAutoClaimArgs.Builder.xautoclaim(
                                Consumer.from(GROUP, consumer), idle, "0-0")
                            .count(1))
                    .getMessages()));
  }

  /** Tells the group this consumer is still at work on the entry (resets its idle time). */
  static void stillWorking(RedisCommands<String, String> redis, String consumer, String entryId) {
    redis.xclaim(STREAM, Consumer.from(GROUP, consumer), XClaimArgs.Builder.justid(), entryId);
  }

  /** Acknowledges and deletes the entry: its job needs nothing more from Redis. */
  static void done(RedisCommands<String, String> redis, String entryId) {
    redis.xack(STREAM, GROUP, entryId);
    redis.xdel(STREAM, entryId);
  }

  static boolean holds(RedisCommands<String, String> redis, String entryId) {
    return !redis.xrange(STREAM, Range.create(entryId, entryId)).isEmpty();
  }

  static void ensureGroup(RedisCommands<String, String> redis) {
    try {
      redis.xgroupCreate(
          XReadArgs.StreamOffset.from(STREAM, "0"), GROUP, XGroupCreateArgs.Builder.mkstream());
    } catch (RedisBusyException exists) {
      // BUSYGROUP: another process created it first.
    }
  }

  /** Runs a read, creating the group first when Redis lost it (a flush, a new server). */
  private static <T> T withGroup(RedisCommands<String, String> redis, Supplier<T> read) {
    try {
      return read.get();
    } catch (RedisCommandExecutionException e) {
      if (e.getMessage() == null || !e.getMessage().startsWith("NOGROUP")) {
        throw e;
      }
      ensureGroup(redis);
      return read.get();
    }
  }

  /** The first entry read; a job id that is missing or not a UUID (not ours) becomes null. */
  private static Optional<Delivery> first(List<StreamMessage<String, String>> messages) {
    for (StreamMessage<String, String> message : messages) {
      if (message == null) {
        continue;
      }
      String job = message.getBody() == null ? null : message.getBody().get(JOB);
      UUID jobId = null;
      try {
        jobId = job == null ? null : UUID.fromString(job);
      } catch (IllegalArgumentException foreign) {
        // Acknowledged and dropped by the runner, like any entry that names no job.
      }
      return Optional.of(new Delivery(message.getId(), jobId));
    }
    return Optional.empty();
  }
}
