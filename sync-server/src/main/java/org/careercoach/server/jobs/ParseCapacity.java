package org.careercoach.server.jobs;

import java.util.concurrent.atomic.AtomicBoolean;
import org.careercoach.server.parsing.Watchdog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether this process may take another parse job: not while {@code
 * coach.jobs.max-abandoned-parses} parses that ran past their time limit (and ignore interruption)
 * still hold their threads. Jobs then stay on the stream for other processes, or wait until those
 * threads end.
 */
@Component
class ParseCapacity {

  private static final Logger log = LoggerFactory.getLogger(ParseCapacity.class);

  private final JobProperties properties;
  private final AtomicBoolean paused = new AtomicBoolean();

  ParseCapacity(JobProperties properties) {
    this.properties = properties;
  }

  /** True when a worker may read the next job; logs once when taking jobs stops and resumes. */
  boolean mayTakeJobs() {
    int alive = abandonedAlive();
    boolean full = alive >= properties.maxAbandonedParses();
    if (full && paused.compareAndSet(false, true)) {
      log.error(
          "event=parse_jobs_paused abandoned_parses={} limit={} reason=parses past their time"
              + " limit ignore interruption; restart this process if it lasts",
          alive,
          properties.maxAbandonedParses());
    } else if (!full && paused.compareAndSet(true, false)) {
      log.info("event=parse_jobs_resumed abandoned_parses={}", alive);
    }
    return !full;
  }

  int abandonedAlive() {
    return Watchdog.abandonedAlive();
  }

  int limit() {
    return properties.maxAbandonedParses();
  }
}
