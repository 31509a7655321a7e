package org.careercoach.server.jobs;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How parse jobs run ({@code COACH_JOB_*}).
 *
 * @param workers whether this process runs workers (an API-only instance may not)
 * @param concurrency jobs one process runs at once
 * @param rateLimit jobs started per {@code ratePeriod} by all workers of all processes together; 0
 *     turns the limit off
 * @param maxAttempts runs before a job goes to the dead letters
 * @param backoff the wait before the first retry; it doubles with each further one
 * @param visibilityTimeout how long a job whose worker went silent waits before another takes it
 * @param shutdownGrace how long a stopping process lets its running jobs finish before it hands
 *     them back
 * @param isolateHeap when set (such as {@code 256m}), each parse runs in a child JVM with this heap
 * @param maxAbandonedParses parses past their time limit whose threads ignore interruption and run
 *     on; with this many alive, the process takes no parse jobs until some end
 * @param perUserInFlight jobs of one user on the stream or running at once, across all processes;
 *     the rest of that user's jobs wait in the database, so another user's job is never queued
 *     behind a long backlog
 * @param heartbeatEvery how often a process with workers tells the others it is alive; three missed
 *     beats and the admin console counts it gone
 * @param heartbeatFile when set, a file whose modification time each heartbeat that reached Redis
 *     sets to now: the worker process has no HTTP server, so its container's health check reads
 *     this ({@code deploy/worker-alive.sh})
 */
@ConfigurationProperties("coach.jobs")
public record JobProperties(
    boolean workers,
    int concurrency,
    int rateLimit,
    Duration ratePeriod,
    int maxAttempts,
    Duration backoff,
    Duration visibilityTimeout,
    Duration shutdownGrace,
    Duration dispatchEvery,
    Duration reconcileEvery,
    Duration stuckAfter,
    String isolateHeap,
    Integer maxAbandonedParses,
    Integer perUserInFlight,
    Duration heartbeatEvery,
    Path heartbeatFile) {

  public JobProperties {
    concurrency = Math.max(1, concurrency);
    maxAttempts = Math.max(1, maxAttempts);
    ratePeriod = ratePeriod == null ? Duration.ofMinutes(1) : ratePeriod;
    backoff = backoff == null ? Duration.ofSeconds(10) : backoff;
    visibilityTimeout = visibilityTimeout == null ? Duration.ofSeconds(60) : visibilityTimeout;
    shutdownGrace = shutdownGrace == null ? Duration.ofSeconds(15) : shutdownGrace;
    dispatchEvery = dispatchEvery == null ? Duration.ofSeconds(1) : dispatchEvery;
    reconcileEvery = reconcileEvery == null ? Duration.ofSeconds(30) : reconcileEvery;
    stuckAfter = stuckAfter == null ? Duration.ofMinutes(15) : stuckAfter;
    maxAbandonedParses = maxAbandonedParses == null ? 2 : Math.max(1, maxAbandonedParses);
    perUserInFlight = perUserInFlight == null ? 2 : Math.max(1, perUserInFlight);
    heartbeatEvery = heartbeatEvery == null ? Duration.ofSeconds(5) : heartbeatEvery;
    heartbeatFile =
        heartbeatFile == null || heartbeatFile.toString().isBlank() ? null : heartbeatFile;
  }

  /** The wait before retry number {@code attempt} + 1: the backoff doubled per attempt made. */
  Duration backoffAfter(int attempt) {
    return backoff.multipliedBy(1L << Math.min(16, Math.max(0, attempt - 1)));
  }
}
