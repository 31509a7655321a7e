package org.careercoach.server.jobs;

import io.lettuce.core.RedisException;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.careercoach.server.redis.Redis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Repairs what Redis lost. A job the database says is on the stream (waiting, or abandoned by a
 * worker whose lease ran out) whose entry Redis no longer holds (after a flush, a failover without
 * persistence, a restart) goes back to the dispatcher. Jobs waiting far too long are reported
 * ({@code event=parse_jobs_stuck}, gauge {@code coach.jobs.stuck}).
 */
@Component
class Reconciler {

  private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

  /** A fresh entry may not be visible yet to a reader on another connection: leave it be. */
  private static final Duration SETTLE = Duration.ofSeconds(5);

  private final JobStore store;
  private final Redis redis;
  private final Dispatcher dispatcher;
  private final JobProperties properties;
  private final JobEvents events;
  private final AtomicInteger stuck = new AtomicInteger();

  Reconciler(
      JobStore store,
      Redis redis,
      Dispatcher dispatcher,
      JobProperties properties,
      JobEvents events,
      MeterRegistry registry) {
    this.events = events;
    this.store = store;
    this.redis = redis;
    this.dispatcher = dispatcher;
    this.properties = properties;
    Gauge.builder("coach.jobs.stuck", stuck, AtomicInteger::get)
        .description("jobs waiting or abandoned for longer than coach.jobs.stuck-after")
        .register(registry);
  }

  @Scheduled(
      initialDelayString = "${coach.jobs.reconcile-every:30s}",
      fixedDelayString = "${coach.jobs.reconcile-every:30s}")
  void reconcile() {
    try {
      int requeued = requeueLost();
      if (requeued > 0) {
        log.warn("event=parse_jobs_requeued count={} reason=entry_missing_in_redis", requeued);
        dispatcher.wake();
      }
    } catch (RedisException e) {
      log.debug("reconciling waits for Redis: {}", e.getMessage());
    } catch (RuntimeException e) {
      log.error("event=job_reconcile_failed", e);
    }
    List<UUID> late = store.stuck(properties.stuckAfter());
    stuck.set(late.size());
    if (!late.isEmpty()) {
      log.warn(
          "event=parse_jobs_stuck count={} older_than={} jobs={}",
          late.size(),
          properties.stuckAfter(),
          late);
    }
  }

  /**
   * The number of jobs whose entry was missing: they now wait for the dispatcher, or are dead
   * letters when the lost run was their last.
   */
  int requeueLost() {
    RedisCommands<String, String> commands = redis.commands();
    int requeued = 0;
    for (String[] job : store.onStreamAndIdle(SETTLE)) {
      UUID id = UUID.fromString(job[0]);
      if (!JobQueue.holds(commands, job[1])) {
        Optional<JobStore.Change> change = store.entryLost(id, job[1]);
        if (change.isPresent()) {
          requeued++;
          events.publish(change.get());
        }
      }
    }
    return requeued;
  }
}
