package org.careercoach.server.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue's pause switch, one for every instance (a row in PostgreSQL). Paused, the dispatcher
 * puts nothing on the stream and workers read nothing new; jobs already running finish. Uploads go
 * on being accepted and wait as QUEUED. Workers read the switch at most once a second.
 */
@Component
class QueueSwitch {

  private static final Duration FRESH_FOR = Duration.ofSeconds(1);

  /** Whether the queue is paused, since when and by whom. */
  public record State(boolean paused, Instant changedAt, String changedBy) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private volatile boolean cachedPaused;
  private volatile long cachedAtNanos = Long.MIN_VALUE / 2;

  QueueSwitch(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  State state() {
    return jdbc.sql("select paused, changed_at, changed_by from job_queue_state")
        .query(
            (rs, n) ->
                new State(
                    rs.getBoolean("paused"),
                    rs.getTimestamp("changed_at").toInstant(),
                    rs.getString("changed_by")))
        .single();
  }

  /** The switch as workers and the dispatcher see it: at most a second old. */
  boolean paused() {
    long now = System.nanoTime();
    if (now - cachedAtNanos > FRESH_FOR.toNanos()) {
      cachedPaused = state().paused();
      cachedAtNanos = now;
    }
    return cachedPaused;
  }

  void set(boolean paused, String by) {
    jdbc.sql("update job_queue_state set paused = :paused, changed_at = :now, changed_by = :by")
        .param("paused", paused)
        .param("now", Timestamp.from(clock.instant()))
        .param("by", by)
        .update();
    cachedPaused = paused;
    cachedAtNanos = System.nanoTime();
  }
}
