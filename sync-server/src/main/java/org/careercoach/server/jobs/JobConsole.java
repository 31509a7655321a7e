package org.careercoach.server.jobs;

import io.lettuce.core.RedisException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.model.api.JobStatus;
import org.careercoach.model.api.Page;
import org.careercoach.server.config.ApiProblem;
import org.careercoach.server.config.LikePrefix;
import org.careercoach.server.redis.Redis;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue as the admin console shows and steers it: jobs filtered and paged, one job's attempts,
 * the queue's numbers and its workers, retry, discard, pause and resume. Every list is one indexed
 * query per page (plans in ADR 0022).
 */
@Service
public class JobConsole {

  /** At most this many dead or failed jobs are retried by one "retry all". */
  public static final int RETRY_ALL_LIMIT = 1000;

  static final String DISCARDED =
      "An administrator cancelled this parse. Ask for the file to be read again.";

  /** What the jobs page filters by; any part may be null. */
  public record Filter(
      JobStatus status, UUID ownerId, String filenamePrefix, Instant from, Instant to) {}

  public record Row(
      UUID id,
      UUID resumeId,
      UUID ownerId,
      String filename,
      JobStatus status,
      int attempts,
      int maxAttempts,
      String lastError,
      Instant createdAt,
      Instant updatedAt) {}

  /** One run of a job: where, when, and how it ended (null while it runs). */
  public record Attempt(
      int number,
      String worker,
      Instant startedAt,
      Instant finishedAt,
      String outcome,
      String error) {}

  public record Details(
      Row row,
      String contentType,
      long size,
      String ownerError,
      Instant startedAt,
      Instant finishedAt,
      Instant nextAttemptAt,
      List<Attempt> attempts) {}

  /** Jobs that ended in one slot of time: succeeded, and failed for good (FAILED or DEAD). */
  public record Bucket(Instant start, long succeeded, long failed) {}

  public record Worker(
      String process, int concurrency, int busy, Instant startedAt, Instant beat) {}

  public record Queue(boolean paused, Instant changedAt, String changedBy) {}

  /**
   * The dashboard's numbers. {@code oldestWait} is null when nothing waits; {@code workers} is null
   * when Redis cannot be asked (unknown is not "none").
   */
  public record Overview(
      Map<JobStatus, Long> byState,
      Duration oldestWait,
      List<Bucket> lastHour,
      List<Bucket> lastDay,
      List<Worker> workers,
      Queue queue) {

    public long waiting() {
      return byState.get(JobStatus.QUEUED) + byState.get(JobStatus.RETRY_SCHEDULED);
    }

    /** Ended in the last hour (twelve five-minute slots) or day (24 hours): succeeded. */
    public long succeeded(boolean day) {
      return (day ? lastDay : lastHour).stream().mapToLong(Bucket::succeeded).sum();
    }

    public long failed(boolean day) {
      return (day ? lastDay : lastHour).stream().mapToLong(Bucket::failed).sum();
    }

    /** Failed for good over ended, in the last hour or day; 0 when none ended. */
    public double failureRate(boolean day) {
      long ended = failed(day) + succeeded(day);
      return ended == 0 ? 0 : (double) failed(day) / ended;
    }
  }

  private static final String ROW_COLUMNS =
      "j.id, j.resume_id, r.owner_id, r.filename, j.status, j.attempts, j.max_attempts,"
          + " j.last_error, j.created_at, j.updated_at";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ParseJobs jobs;
  private final QueueSwitch queueSwitch;
  private final Dispatcher dispatcher;
  private final Redis redis;
  private final ApplicationEventPublisher events;

  JobConsole(
      JdbcClient jdbc,
      Clock clock,
      ParseJobs jobs,
      QueueSwitch queueSwitch,
      Dispatcher dispatcher,
      Redis redis,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.jobs = jobs;
    this.queueSwitch = queueSwitch;
    this.dispatcher = dispatcher;
    this.redis = redis;
    this.events = events;
  }

  /** Jobs matching the filter, the most recently changed first. */
  public Page<Row> search(Filter filter, int page, int size) {
    StringBuilder where = new StringBuilder(" where true");
    Map<String, Object> params = new HashMap<>();
    if (filter.status() != null) {
      where.append(" and j.status = :status");
      params.put("status", filter.status().name());
    }
    if (filter.ownerId() != null) {
      where.append(" and r.owner_id = :owner");
      params.put("owner", filter.ownerId());
    }
    if (filter.filenamePrefix() != null && !filter.filenamePrefix().isBlank()) {
      where.append(" and lower(r.filename) like :file escape '\\'");
      params.put("file", LikePrefix.of(filter.filenamePrefix()));
    }
    if (filter.from() != null) {
      where.append(" and j.created_at >= :from");
      params.put("from", Timestamp.from(filter.from()));
    }
    if (filter.to() != null) {
      where.append(" and j.created_at < :to");
      params.put("to", Timestamp.from(filter.to()));
    }
    String from = " from parse_jobs j join resumes r on r.id = j.resume_id";
    // Every job has its resume (a foreign key), so counting needs the join only to filter by a
    // resume's column: a count over 100,000 jobs without it reads one index (ADR 0022).
    boolean byResume = params.containsKey("owner") || params.containsKey("file");
    long total =
        jdbc.sql("select count(*)" + (byResume ? from : " from parse_jobs j") + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Row> items =
        jdbc.sql(
                "select "
                    + ROW_COLUMNS
                    + from
                    + where
                    + " order by j.updated_at desc, j.id limit :size offset :offset")
            .params(params)
            .param("size", size)
            .param("offset", (long) page * size)
            .query(JobConsole::row)
            .list();
    return new Page<>(items, total, page, size);
  }

  public Optional<Details> details(UUID id) {
    List<Attempt> attempts =
        jdbc.sql(
                """
                select attempt, worker, started_at, finished_at, outcome, error
                  from parse_job_attempts where job_id = :id order by id
                """)
            .param("id", id)
            .query(
                (rs, n) ->
                    new Attempt(
                        rs.getInt("attempt"),
                        rs.getString("worker"),
                        instant(rs, "started_at"),
                        instant(rs, "finished_at"),
                        rs.getString("outcome"),
                        rs.getString("error")))
            .list();
    return jdbc.sql(
            "select "
                + ROW_COLUMNS
                + ", r.content_type, r.size, j.owner_error, j.started_at, j.finished_at,"
                + " j.next_attempt_at from parse_jobs j join resumes r on r.id = j.resume_id"
                + " where j.id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new Details(
                    row(rs, n),
                    rs.getString("content_type"),
                    rs.getLong("size"),
                    rs.getString("owner_error"),
                    instant(rs, "started_at"),
                    instant(rs, "finished_at"),
                    instant(rs, "next_attempt_at"),
                    attempts))
        .optional();
  }

  /** A dead or failed job gets a fresh set of attempts (404 unknown, 409 not dead or failed). */
  public void retry(UUID id) {
    jobs.retry(id);
  }

  /** Retries the dead and failed jobs, the oldest first, {@link #RETRY_ALL_LIMIT} at most. */
  public int retryAll() {
    List<UUID> ids =
        jdbc.sql(
                "select id from parse_jobs where status in ('DEAD', 'FAILED')"
                    + " order by updated_at limit :limit")
            .param("limit", RETRY_ALL_LIMIT)
            .query(UUID.class)
            .list();
    int retried = 0;
    for (UUID id : ids) {
      try {
        jobs.retry(id);
        retried++;
      } catch (ApiProblem changedMeanwhile) {
        // Retried or discarded by someone else since the list was read: nothing left to do.
      }
    }
    return retried;
  }

  /**
   * Removes a job that waits or has ended without success. One still waiting leaves its resume
   * FAILED with words for its owner (who may ask for another read); a running one cannot be
   * discarded (409): it finishes first.
   */
  @Transactional
  public void discard(UUID id) {
    Optional<String[]> removed =
        jdbc.sql(
                """
                delete from parse_jobs
                 where id = :id and status in ('QUEUED', 'RETRY_SCHEDULED', 'FAILED', 'DEAD')
                returning resume_id, status
                """)
            .param("id", id)
            .query((rs, n) -> new String[] {rs.getString("resume_id"), rs.getString("status")})
            .optional();
    if (removed.isEmpty()) {
      boolean exists =
          jdbc.sql("select count(*) from parse_jobs where id = :id")
                  .param("id", id)
                  .query(Long.class)
                  .single()
              > 0;
      throw exists
          ? new ApiProblem(
              HttpStatus.CONFLICT,
              "job-running",
              "Job running",
              "A running job cannot be discarded; wait for it to end.")
          : new ApiProblem(HttpStatus.NOT_FOUND, "job-not-found", "Job not found", "No such job.");
    }
    String status = removed.get()[1];
    if (status.equals("QUEUED") || status.equals("RETRY_SCHEDULED")) {
      events.publishEvent(
          new ResumeJobChanged(UUID.fromString(removed.get()[0]), "FAILED", DISCARDED, null));
    }
  }

  public Queue queue() {
    QueueSwitch.State state = queueSwitch.state();
    return new Queue(state.paused(), state.changedAt(), state.changedBy());
  }

  public void pause(String by) {
    queueSwitch.set(true, by);
  }

  /** Resumes and dispatches what waited, at once. */
  public void resume(String by) {
    queueSwitch.set(false, by);
    dispatcher.wake();
  }

  public Overview overview() {
    Map<JobStatus, Long> byState = new EnumMap<>(JobStatus.class);
    for (JobStatus status : JobStatus.values()) {
      byState.put(status, 0L);
    }
    jdbc.sql("select status, count(*) as n from parse_jobs group by status")
        .query((rs, n) -> byState.put(JobStatus.valueOf(rs.getString("status")), rs.getLong("n")))
        .list();
    Instant now = clock.instant();
    Optional<Instant> oldest =
        jdbc.sql(
                "select min(created_at) from parse_jobs"
                    + " where status in ('QUEUED', 'RETRY_SCHEDULED')")
            .query((rs, n) -> instant(rs, 1))
            .optional()
            .filter(Objects::nonNull);
    return new Overview(
        byState,
        oldest.map(o -> Duration.between(o, now)).orElse(null),
        buckets(
            Instant.ofEpochSecond(now.getEpochSecond() / 300 * 300).minus(Duration.ofMinutes(55)),
            FIVE_MINUTES,
            12),
        buckets(now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(23)), ONE_HOUR, 24),
        workers(),
        queue());
  }

  /** The live worker processes, or null when Redis cannot be reached. */
  public List<Worker> workers() {
    try {
      return WorkerRegistry.alive(redis.commands()).stream()
          .map(w -> new Worker(w.process(), w.concurrency(), w.busy(), w.startedAt(), w.beatAt()))
          .toList();
    } catch (RedisException e) {
      return null;
    }
  }

  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
  private static final Duration ONE_HOUR = Duration.ofHours(1);

  /** {@code count} slots of {@code step} from {@code first}, the current one last. */
  private List<Bucket> buckets(Instant first, Duration step, int count) {
    long[][] counts = new long[count][2];
    jdbc.sql(
            """
            select floor(extract(epoch from (finished_at - :from)) / :step)::int as slot,
                   count(*) filter (where status = 'SUCCEEDED') as succeeded,
                   count(*) filter (where status in ('FAILED', 'DEAD')) as failed
              from parse_jobs
             where finished_at >= :from
             group by 1
            """)
        .param("from", Timestamp.from(first))
        .param("step", step.toSeconds())
        .query(
            (rs, n) -> {
              int slot = rs.getInt("slot");
              if (slot >= 0 && slot < count) {
                counts[slot][0] = rs.getLong("succeeded");
                counts[slot][1] = rs.getLong("failed");
              }
              return slot;
            })
        .list();
    List<Bucket> buckets = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      buckets.add(new Bucket(first.plus(step.multipliedBy(i)), counts[i][0], counts[i][1]));
    }
    return buckets;
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getObject("resume_id", UUID.class),
        rs.getObject("owner_id", UUID.class),
        rs.getString("filename"),
        JobStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        rs.getInt("max_attempts"),
        rs.getString("last_error"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
