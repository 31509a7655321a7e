package org.careercoach.server.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Drains the outbox: claims due messages (marking them SENDING and committing before the call),
 * hands each to SendGrid, then records SENT, a retry with backoff, or FAILED with the reason.
 * Several servers may run one each: {@code skip locked} gives every message to one of them.
 */
@Component
class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final int BATCH = 20;

  private final OutboxRepository outbox;
  private final SendGridGateway gateway;
  private final EmailProperties properties;
  private final Clock clock;
  private final TaskExecutor background;
  private final ReentrantLock draining = new ReentrantLock();
  private final AtomicBoolean wakeRequested = new AtomicBoolean();

  OutboxSender(
      OutboxRepository outbox,
      SendGridGateway gateway,
      EmailProperties properties,
      Clock clock,
      @Qualifier("applicationTaskExecutor") TaskExecutor background) {
    this.outbox = outbox;
    this.gateway = gateway;
    this.properties = properties;
    this.clock = clock;
    this.background = background;
  }

  /** Sends soon after the current transaction commits, without waiting for the next poll. */
  void wakeAfterCommit() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      wake();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            wake();
          }
        });
  }

  void wake() {
    if (wakeRequested.compareAndSet(false, true)) {
      background.execute(this::drain);
    }
  }

  @Scheduled(
      fixedDelayString = "${coach.email.poll-interval:2s}",
      initialDelayString = "${coach.email.poll-interval:2s}")
  void poll() {
    drain();
  }

  /** Sends everything due now; one drain at a time in this process. */
  void drain() {
    wakeRequested.set(false);
    if (!properties.delivers() || !draining.tryLock()) {
      return;
    }
    try {
      List<OutboxRepository.Claimed> batch;
      do {
        Instant now = clock.instant();
        batch = outbox.claimDue(now, now.minus(properties.sendingLease()), BATCH);
        batch.forEach(this::deliver);
      } while (batch.size() == BATCH);
    } catch (RuntimeException e) {
      // The database is down or refused: the messages stay due and the next poll tries again.
      log.warn("Email outbox could not be drained now; will retry: {}", e.toString());
    } finally {
      draining.unlock();
    }
  }

  private void deliver(OutboxRepository.Claimed claimed) {
    Delivery result = gateway.send(claimed.id(), claimed.message());
    Instant now = clock.instant();
    if (result instanceof Delivery.Accepted accepted) {
      outbox.markSent(claimed.id(), accepted.providerMessageId(), now);
      log.info("Sent {} email {}", claimed.message().kind(), claimed.id());
    } else if (result instanceof Delivery.Refused refused) {
      outbox.markFailed(claimed.id(), refused.reason(), now);
      log.error("Email {} failed for good: {}", claimed.id(), refused.reason());
    } else if (result instanceof Delivery.Retry retry) {
      if (claimed.attempt() >= properties.maxAttempts()) {
        String reason = "gave up after " + claimed.attempt() + " attempts; last: " + retry.reason();
        outbox.markFailed(claimed.id(), reason, now);
        log.error("Email {} failed for good: {}", claimed.id(), reason);
        return;
      }
      Duration wait = delay(claimed.attempt(), retry.retryAfter());
      outbox.markRetry(claimed.id(), retry.reason(), now.plus(wait), now);
      log.warn(
          "Email {} not sent (attempt {}), retrying in {} s: {}",
          claimed.id(),
          claimed.attempt(),
          wait.toSeconds(),
          retry.reason());
    }
  }

  /**
   * Exponential backoff with jitter, capped; a Retry-After from the provider is honoured as the
   * least wait.
   */
  Duration delay(int attempt, Duration retryAfter) {
    Duration base = properties.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
    if (base.compareTo(properties.maxBackoff()) > 0) {
      base = properties.maxBackoff();
    }
    double jitter = 0.5 + ThreadLocalRandom.current().nextDouble() * 0.5;
    Duration backoff = Duration.ofMillis((long) (base.toMillis() * jitter));
    return retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
  }
}
