package org.careercoach.server.jobs;

import io.lettuce.core.RedisException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.careercoach.server.redis.Redis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts due jobs on the stream: new ones right after their upload commits, retries when their
 * backoff ends, any the reconciler found lost, and the next of an owner's backlog when one of its
 * jobs ends (at most {@code coach.jobs.per-user-in-flight} per owner at once, so one owner's
 * backlog never queues in front of another's upload). Rows are locked with {@code skip locked}, so
 * several instances dispatching at once never take the same job; should a job still reach the
 * stream twice, only the entry the row names can be claimed.
 */
@Component
class Dispatcher implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
  private static final int BATCH = 100;

  private final JobStore store;
  private final Redis redis;
  private final JobEvents events;
  private final TransactionTemplate transaction;
  private final JobProperties properties;
  private final QueueSwitch queueSwitch;
  private final ExecutorService soon =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "job-dispatch");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicBoolean wakeRequested = new AtomicBoolean();

  Dispatcher(
      JobStore store,
      Redis redis,
      JobEvents events,
      TransactionTemplate transaction,
      JobProperties properties,
      QueueSwitch queueSwitch) {
    this.properties = properties;
    this.queueSwitch = queueSwitch;
    this.store = store;
    this.redis = redis;
    this.events = events;
    this.transaction = transaction;
  }

  /** Dispatches as soon as possible, off the caller's thread (an upload's request). */
  void wake() {
    if (wakeRequested.compareAndSet(false, true)) {
      soon.execute(
          () -> {
            wakeRequested.set(false);
            dispatch();
          });
    }
  }

  @Scheduled(fixedDelayString = "${coach.jobs.dispatch-every:1s}")
  void dispatch() {
    try {
      if (queueSwitch.paused()) {
        return;
      }
      Batch batch;
      do {
        batch = transaction.execute(tx -> dispatchBatch());
        batch.changes().forEach(events::publish);
      } while (batch.dispatched() == BATCH);
    } catch (RedisException e) {
      log.debug("dispatch waits for Redis: {}", e.getMessage());
    } catch (RuntimeException e) {
      log.error("event=job_dispatch_failed", e);
    }
  }

  /** How many jobs one batch put on the stream, and the visible changes to publish after commit. */
  private record Batch(int dispatched, List<JobStore.Change> changes) {}

  private Batch dispatchBatch() {
    List<UUID> due = store.lockUndispatched(BATCH, properties.perUserInFlight());
    List<JobStore.Change> changes = new ArrayList<>();
    if (due.isEmpty()) {
      return new Batch(0, changes);
    }
    var commands = redis.commands();
    for (UUID job : due) {
      String entry = JobQueue.add(commands, job);
      store.dispatched(job, entry).ifPresent(changes::add);
    }
    return new Batch(due.size(), changes);
  }

  @Override
  public void destroy() {
    soon.shutdownNow();
  }
}
