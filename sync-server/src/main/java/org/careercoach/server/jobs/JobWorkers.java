package org.careercoach.server.jobs;

import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.careercoach.server.redis.Redis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The worker threads of this process ({@code coach.jobs.concurrency} of them). Each reads the
 * stream on a connection of its own (a blocking read would hold up any other command on a shared
 * one), takes over entries whose worker went silent, waits for the shared rate limit and runs the
 * job. On shutdown they stop reading, let running jobs finish within the grace period, then
 * interrupt the rest, which hand their jobs back.
 */
@Component
class JobWorkers implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);
  private static final Duration READ_BLOCK = Duration.ofSeconds(2);
  private static final Duration REDIS_RETRY = Duration.ofSeconds(1);
  private static final Duration CAPACITY_RECHECK = Duration.ofMillis(500);

  private final JobProperties properties;
  private final Redis redis;
  private final JobRunner runner;
  private final JobRateLimiter limiter;
  private final ParseCapacity capacity;
  private final String processName;
  private final List<Thread> threads = new ArrayList<>();
  private final AtomicInteger busy = new AtomicInteger();
  private final QueueSwitch queueSwitch;
  private final Clock clock;

  /** Held while the heartbeat key is written or removed: a stopped process never beats again. */
  private final Object beatLock = new Object();

  private volatile Instant startedAt;
  private volatile boolean running;
  private volatile boolean stopping;

  JobWorkers(
      JobProperties properties,
      Redis redis,
      JobRunner runner,
      JobRateLimiter limiter,
      ParseCapacity capacity,
      QueueSwitch queueSwitch,
      Clock clock) {
    this.properties = properties;
    this.queueSwitch = queueSwitch;
    this.clock = clock;
    this.capacity = capacity;
    this.redis = redis;
    this.runner = runner;
    this.limiter = limiter;
    this.processName =
        ManagementFactory.getRuntimeMXBean().getName().replace('@', '-')
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
  }

  @Override
  public synchronized void start() {
    if (running || !properties.workers()) {
      return;
    }
    running = true;
    stopping = false;
    startedAt = clock.instant();
    for (int i = 1; i <= properties.concurrency(); i++) {
      String consumer = processName + "-w" + i;
      Thread thread = new Thread(() -> work(consumer), "job-worker-" + i);
      threads.add(thread);
      thread.start();
    }
    heartbeat();
    log.info(
        "Job workers started: {} in this process as {} (rate limit {} per {} across all"
            + " processes)",
        properties.concurrency(),
        processName,
        properties.rateLimit() <= 0 ? "off" : properties.rateLimit(),
        properties.ratePeriod());
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    stopping = true;
    long deadline = System.nanoTime() + properties.shutdownGrace().toNanos();
    for (Thread thread : threads) {
      join(thread, Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }
    for (Thread thread : threads) {
      if (thread.isAlive()) {
        thread.interrupt();
      }
    }
    for (Thread thread : threads) {
      join(thread, 10_000);
    }
    threads.clear();
    running = false;
    synchronized (beatLock) {
      try {
        WorkerRegistry.gone(redis.commands(), processName);
      } catch (RedisException e) {
        log.debug("heartbeat key left to expire: {}", e.getMessage());
      }
    }
    log.info("Job workers stopped");
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /**
   * Tells every instance this process works (see {@link WorkerRegistry}); the key outlives three
   * beats at most.
   */
  @Scheduled(fixedDelayString = "${coach.jobs.heartbeat-every:5s}")
  void heartbeat() {
    synchronized (beatLock) {
      if (running && !stopping) {
        beat();
      }
    }
  }

  private void beat() {
    try {
      WorkerRegistry.beat(
          redis.commands(),
          processName,
          properties.concurrency(),
          busy.get(),
          startedAt,
          clock.instant(),
          properties.heartbeatEvery().multipliedBy(3));
    } catch (RedisException e) {
      log.debug("heartbeat waits for Redis: {}", e.getMessage());
      return;
    }
    touchHeartbeatFile();
  }

  /** Only after a beat that reached Redis: the file says what the console sees. */
  private void touchHeartbeatFile() {
    Path file = properties.heartbeatFile();
    if (file == null) {
      return;
    }
    try {
      if (!Files.exists(file)) {
        Files.createFile(file);
      }
      Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
    } catch (IOException e) {
      log.warn("heartbeat file {} not updated: {}", file, e.getMessage());
    }
  }

  private void work(String consumer) {
    StatefulRedisConnection<String, String> connection = null;
    while (!stopping) {
      if (queueSwitch.paused() || !capacity.mayTakeJobs()) {
        // Entries stay unread on the stream, for other processes or for later: none is failed.
        pause(CAPACITY_RECHECK);
        if (Thread.currentThread().isInterrupted()) {
          break;
        }
        continue;
      }
      try {
        if (connection == null) {
          connection = redis.dedicated();
          JobQueue.ensureGroup(connection.sync());
        }
        RedisCommands<String, String> queue = connection.sync();
        Optional<JobQueue.Delivery> delivery =
            JobQueue.takeOverStalled(queue, consumer, properties.visibilityTimeout());
        if (delivery.isEmpty()) {
          delivery = JobQueue.read(queue, consumer, READ_BLOCK);
        }
        if (delivery.isEmpty() || !awaitCapacity() || !limiter.acquire(() -> !stopping)) {
          // Unrun deliveries stay pending: another process takes them over after the timeout.
          continue;
        }
        busy.incrementAndGet();
        try {
          runner.run(queue, delivery.get(), consumer, () -> stopping);
        } finally {
          busy.decrementAndGet();
        }
      } catch (RedisException e) {
        log.debug("worker {} waits for Redis: {}", consumer, e.getMessage());
        connection = close(connection);
        pause(REDIS_RETRY);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException e) {
        log.error("event=job_worker_error worker={}", consumer, e);
        pause(REDIS_RETRY);
      }
      if (Thread.currentThread().isInterrupted()) {
        break;
      }
    }
    close(connection);
  }

  /**
   * A read that was waiting when the last free slot went to an abandoned parse: the job waits until
   * a slot frees; false when the process stops first.
   */
  private boolean awaitCapacity() throws InterruptedException {
    while (!capacity.mayTakeJobs()) {
      if (stopping) {
        return false;
      }
      Thread.sleep(CAPACITY_RECHECK.toMillis());
    }
    return true;
  }

  private static StatefulRedisConnection<String, String> close(
      StatefulRedisConnection<String, String> connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (RuntimeException e) {
        log.debug("closing a worker's Redis connection: {}", e.getMessage());
      }
    }
    return null;
  }

  private void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void join(Thread thread, long millis) {
    try {
      thread.join(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
