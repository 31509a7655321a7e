package org.careercoach.server.jobs;

import io.lettuce.core.RedisException;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.careercoach.server.config.ErrorReference;
import org.careercoach.server.parsing.ParseFailure;
import org.careercoach.server.redis.Redis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one delivery of a job: claims it in the database, keeps its lease (and its stream entry)
 * alive while it runs, and records the outcome in one transaction with what follows from it (the
 * resumes feature stores the parsed resume and the email feature queues the "parsed" email, both
 * from events handled in that transaction). A delivery of a job that is done, held or carried by
 * another entry is acknowledged and does nothing.
 */
@Component
class JobRunner implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

  private final JobStore store;
  private final JobProcessor processor;
  private final JobEvents events;
  private final JobMetrics metrics;
  private final JobProperties properties;
  private final TransactionTemplate transaction;
  private final Redis redis;
  private final Dispatcher dispatcher;
  private final Clock clock;
  private final ScheduledExecutorService heartbeats =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "job-heartbeat");
            thread.setDaemon(true);
            return thread;
          });

  JobRunner(
      JobStore store,
      JobProcessor processor,
      JobEvents events,
      JobMetrics metrics,
      JobProperties properties,
      TransactionTemplate transaction,
      Redis redis,
      Dispatcher dispatcher,
      Clock clock) {
    this.dispatcher = dispatcher;
    this.store = store;
    this.processor = processor;
    this.events = events;
    this.metrics = metrics;
    this.properties = properties;
    this.transaction = transaction;
    this.redis = redis;
    this.clock = clock;
  }

  /**
   * @param stopping true once the process is shutting down: an interrupted job is then handed back
   *     rather than failed
   */
  void run(
      RedisCommands<String, String> queue,
      JobQueue.Delivery delivery,
      String worker,
      BooleanSupplier stopping) {
    if (delivery.jobId() == null) {
      JobQueue.done(queue, delivery.entryId());
      return;
    }
    Duration lease = properties.visibilityTimeout();
    Optional<JobStore.Held> claimed =
        transaction.execute(tx -> store.claim(delivery.jobId(), delivery.entryId(), worker, lease));
    if (claimed.isEmpty()) {
      if (store.leaseStillRunning(delivery.jobId(), delivery.entryId())) {
        // Its worker went quiet but its lease has not run out yet: leave the entry pending, to be
        // taken over again after another idle period once the lease has run out.
        return;
      }
      transaction
          .execute(tx -> store.deadAfterSilentLastAttempt(delivery.jobId(), delivery.entryId()))
          .ifPresent(events::publish);
      JobQueue.done(queue, delivery.entryId());
      return;
    }
    JobStore.Held job = claimed.get();
    store.change(job.jobId()).ifPresent(events::publish);
    Instant started = clock.instant();
    metrics.started(
        Duration.between(
            job.dispatchedAt() == null ? job.createdAt() : job.dispatchedAt(), started));
    log.info("event=job_started job={} attempt={} worker={}", job.jobId(), job.attempt(), worker);
    ScheduledFuture<?> heartbeat = keepAlive(job, worker, delivery.entryId(), lease);
    Optional<JobStore.Change> outcome;
    boolean succeeded = false;
    try {
      Resume resume =
          processor.process(
              new JobProcessor.Upload(job.resumeId(), job.storageKey(), job.filename()));
      String json = CoachJson.mapper().writeValueAsString(resume);
      outcome = transaction.execute(tx -> store.succeed(job, worker, json));
      succeeded = outcome.isPresent();
    } catch (ParseFailure failure) {
      outcome =
          interrupted(stopping)
              ? handBack(job, worker)
              : transaction.execute(tx -> store.failDocument(job, worker, failure.getMessage()));
    } catch (RuntimeException e) {
      // The owner is told words and this reference; the log and the admins' job list keep the
      // technical reason under the same reference.
      String reference = ErrorReference.create();
      log.warn(
          "event=job_attempt_failed job={} attempt={} reference={}",
          job.jobId(),
          job.attempt(),
          reference,
          e);
      outcome =
          interrupted(stopping)
              ? handBack(job, worker)
              : transaction.execute(
                  tx ->
                      store.failAttempt(
                          job,
                          worker,
                          "reference " + reference + ": " + describe(e),
                          reference,
                          properties.backoffAfter(job.attempt())));
    } finally {
      heartbeat.cancel(false);
      metrics.ended(Duration.between(started, clock.instant()), succeeded);
    }
    outcome.ifPresentOrElse(
        change -> {
          log.info(
              "event=job_{} job={} attempt={}",
              change.status().name().toLowerCase(java.util.Locale.ROOT),
              job.jobId(),
              job.attempt());
          events.publish(change);
        },
        () -> log.warn("event=job_lost_lease job={} worker={}", job.jobId(), worker));
    JobQueue.done(queue, delivery.entryId());
    // The owner has room under its cap again: its next job may go on the stream.
    dispatcher.wake();
  }

  private Optional<JobStore.Change> handBack(JobStore.Held job, String worker) {
    // Clears the interrupt so the database call can run; the worker thread ends after this job.
    Thread.interrupted();
    log.info("event=job_handed_back job={} worker={}", job.jobId(), worker);
    return transaction.execute(tx -> store.handBack(job, worker));
  }

  private static boolean interrupted(BooleanSupplier stopping) {
    return Thread.currentThread().isInterrupted() && stopping.getAsBoolean();
  }

  /** Renews the lease and the entry's idle time a few times per visibility timeout. */
  private ScheduledFuture<?> keepAlive(
      JobStore.Held job, String worker, String entryId, Duration lease) {
    long every = Math.max(200, lease.toMillis() / 3);
    return heartbeats.scheduleAtFixedRate(
        () -> {
          try {
            if (!store.renewLease(job, worker, lease)) {
              log.warn("event=job_lease_lost job={} worker={}", job.jobId(), worker);
            }
            JobQueue.stillWorking(redis.commands(), worker, entryId);
          } catch (RedisException e) {
            log.debug("heartbeat without Redis: {}", e.getMessage());
          } catch (RuntimeException e) {
            log.warn("event=job_heartbeat_failed job={}", job.jobId(), e);
          }
        },
        every,
        every,
        TimeUnit.MILLISECONDS);
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    return text.length() > 2_000 ? text.substring(0, 2_000) : text;
  }

  @Override
  public void destroy() {
    heartbeats.shutdownNow();
  }
}
