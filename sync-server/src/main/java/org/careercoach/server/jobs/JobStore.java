package org.careercoach.server.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.model.api.JobStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The job rows and the state changes workers make to them. Every change a worker makes is
 * conditional on its holding the job (its consumer name and attempt number), so a worker that lost
 * the job to another (its lease ran out) changes nothing, and a job ends exactly once. Each change
 * also tells the resumes feature, which owns the resume rows, the resume's new status: an event
 * handled synchronously in the caller's transaction.
 */
@Repository
class JobStore {

  /** A job as a worker holds it. */
  record Held(
      UUID jobId,
      UUID resumeId,
      UUID ownerId,
      int attempt,
      int maxAttempts,
      Instant createdAt,
      Instant dispatchedAt,
      String storageKey,
      String filename,
      Instant uploadedAt,
      long revision) {}

  /** A state change, as the owner's event stream shows it. */
  record Change(
      UUID jobId,
      UUID resumeId,
      UUID ownerId,
      JobStatus status,
      int attempt,
      String error,
      long revision,
      Instant at) {}

  private static final String CHANGE_COLUMNS =
      "j.id, j.resume_id, r.owner_id, j.status, j.attempts, j.owner_error, j.revision, j.updated_at";

  /** The advisory lock dispatchers take turns with (any constant unique to this use). */
  private static final long DISPATCH_LOCK = 0x636f6163685f6a6fL;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  JobStore(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Takes the job for this worker when the delivery is the job's current entry and the job is
   * waiting, or held by a worker whose lease ran out. Empty when it is done, held, or another entry
   * now carries it.
   */
  Optional<Held> claim(UUID jobId, String entryId, String worker, Duration lease) {
    Instant now = clock.instant();
    // Waits for a dispatcher still committing this job's entry: the worker may read the entry
    // from Redis before the row that names it is committed, and must then see the committed row.
    jdbc.sql("select id from parse_jobs where id = :id for update")
        .param("id", jobId)
        .query(UUID.class)
        .optional();
    Optional<UUID> claimed =
        jdbc.sql(
                """
                update parse_jobs
                   set status = 'PROCESSING', attempts = attempts + 1, worker = :worker,
                       lease_until = :lease, started_at = coalesce(started_at, :now),
                       updated_at = :now, revision = revision + 1
                 where id = :id and stream_id = :entry and attempts < max_attempts
                   and (status = 'QUEUED' or (status = 'PROCESSING' and lease_until < :now))
                returning id
                """)
            .param("worker", worker)
            .param("lease", Timestamp.from(now.plus(lease)))
            .param("now", Timestamp.from(now))
            .param("id", jobId)
            .param("entry", entryId)
            .query(UUID.class)
            .optional();
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    setResumeStatus(jobId, "PROCESSING", null);
    Held held =
        jdbc.sql(
                """
                select j.id, j.resume_id, r.owner_id, j.attempts, j.max_attempts, j.created_at,
                       j.dispatched_at, r.storage_key, r.filename, r.created_at as uploaded_at,
                       j.revision
                  from parse_jobs j join resumes r on r.id = j.resume_id
                 where j.id = :id
                """)
            .param("id", jobId)
            .query(JobStore::held)
            .single();
    jdbc.sql(
            """
            insert into parse_job_attempts (job_id, attempt, worker, started_at)
            values (:id, :attempt, :worker, :now)
            """)
        .param("id", jobId)
        .param("attempt", held.attempt())
        .param("worker", worker)
        .param("now", Timestamp.from(now))
        .update();
    return Optional.of(held);
  }

  /**
   * A job whose worker went silent during its last attempt: dead-lettered, since running it again
   * would pass its limit. Empty when that is not the job's state.
   */
  Optional<Change> deadAfterSilentLastAttempt(UUID jobId, String entryId) {
    Instant now = clock.instant();
    int changed =
        jdbc.sql(
                """
                update parse_jobs
                   set status = 'DEAD', worker = null, lease_until = null, finished_at = :now,
                       last_error = :silent, owner_error = :owner,
                       updated_at = :now, revision = revision + 1
                 where id = :id and stream_id = :entry and status = 'PROCESSING'
                   and lease_until < :now and attempts >= max_attempts
                """)
            .param("owner", FailureText.FOR_OWNER)
            .param("now", Timestamp.from(now))
            .param("id", jobId)
            .param("entry", entryId)
            .param("silent", FailureText.SILENT_LAST_ATTEMPT)
            .update();
    if (changed == 0) {
      return Optional.empty();
    }
    setResumeStatus(jobId, "FAILED", FailureText.FOR_OWNER);
    return change(jobId);
  }

  /** Whether the entry's job is running under a lease that has not run out. */
  boolean leaseStillRunning(UUID jobId, String entryId) {
    return jdbc.sql(
                """
                select count(*) from parse_jobs
                 where id = :id and stream_id = :entry and status = 'PROCESSING'
                   and lease_until >= :now
                """)
            .param("id", jobId)
            .param("entry", entryId)
            .param("now", Timestamp.from(clock.instant()))
            .query(Long.class)
            .single()
        > 0;
  }

  boolean renewLease(Held job, String worker, Duration lease) {
    return jdbc.sql(
                """
                update parse_jobs set lease_until = :lease
                 where id = :id and worker = :worker and attempts = :attempt
                   and status = 'PROCESSING'
                """)
            .param("lease", Timestamp.from(clock.instant().plus(lease)))
            .param("id", job.jobId())
            .param("worker", worker)
            .param("attempt", job.attempt())
            .update()
        == 1;
  }

  /** The job succeeded: stores the parsed resume. Empty when this worker no longer held it. */
  Optional<Change> succeed(Held job, String worker, String parsedJson) {
    if (!finish(job, worker, "SUCCEEDED", null, null, null)) {
      return Optional.empty();
    }
    events.publishEvent(new ResumeJobChanged(job.resumeId(), "PARSED", null, parsedJson));
    return change(job.jobId());
  }

  /** The document cannot be read: a final failure with its reason, in words, for the owner. */
  Optional<Change> failDocument(Held job, String worker, String reason) {
    if (!finish(job, worker, "FAILED", reason, reason, null)) {
      return Optional.empty();
    }
    setResumeStatus(job.jobId(), "FAILED", reason);
    return change(job.jobId());
  }

  /**
   * Something else went wrong: another attempt after the backoff, or the dead letters when this was
   * the last. The technical {@code error} is for admins; the owner reads words and the {@code
   * reference} that finds it in the log.
   */
  Optional<Change> failAttempt(
      Held job, String worker, String error, String reference, Duration backoff) {
    boolean last = job.attempt() >= job.maxAttempts();
    String forOwner = last ? FailureText.dead(reference) : FailureText.retrying(reference);
    if (!finish(job, worker, last ? "DEAD" : "RETRY_SCHEDULED", error, forOwner, backoff)) {
      return Optional.empty();
    }
    setResumeStatus(job.jobId(), last ? "FAILED" : "QUEUED", last ? forOwner : null);
    return change(job.jobId());
  }

  /** A stopping worker gives the job back unfinished; the attempt does not count. */
  Optional<Change> handBack(Held job, String worker) {
    Instant now = clock.instant();
    int changed =
        jdbc.sql(
                """
                update parse_jobs
                   set status = 'QUEUED', attempts = attempts - 1, worker = null,
                       lease_until = null, stream_id = null, next_attempt_at = :now,
                       updated_at = :now, revision = revision + 1
                 where id = :id and worker = :worker and attempts = :attempt
                   and status = 'PROCESSING'
                """)
            .param("now", Timestamp.from(now))
            .param("id", job.jobId())
            .param("worker", worker)
            .param("attempt", job.attempt())
            .update();
    if (changed == 0) {
      return Optional.empty();
    }
    attemptEnded(job, "HANDED_BACK", null, now);
    setResumeStatus(job.jobId(), "QUEUED", null);
    return change(job.jobId());
  }

  /**
   * Due jobs not on the stream, fairly: no owner gets more than {@code perUser} jobs on the stream
   * or running at once (the rest of a backlog waits here, so it never stands in front of another
   * owner's job), and the owners with the least in flight come first. Dispatchers of all instances
   * take turns (an advisory lock for the transaction), since two at once would both see the same
   * room under an owner's cap. The rows are locked for the caller's transaction.
   */
  List<UUID> lockUndispatched(int limit, int perUser) {
    jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key)) as turn")
        .param("key", DISPATCH_LOCK)
        .query(Integer.class)
        .single();
    List<UUID> fair =
        jdbc.sql(
                """
                with in_flight as (
                    select r.owner_id, count(*) as jobs
                      from parse_jobs j join resumes r on r.id = j.resume_id
                     where j.stream_id is not null and j.status in ('QUEUED', 'PROCESSING')
                     group by r.owner_id),
                due as (
                    select j.id, r.owner_id, j.next_attempt_at,
                           row_number() over (partition by r.owner_id
                                              order by j.next_attempt_at, j.id) as place
                      from parse_jobs j join resumes r on r.id = j.resume_id
                     where j.stream_id is null and j.status in ('QUEUED', 'RETRY_SCHEDULED')
                       and j.next_attempt_at <= :now)
                select d.id
                  from due d left join in_flight f on f.owner_id = d.owner_id
                 where coalesce(f.jobs, 0) + d.place <= :perUser
                 order by coalesce(f.jobs, 0) + d.place, d.next_attempt_at, d.id
                 limit :limit
                """)
            .param("now", Timestamp.from(clock.instant()))
            .param("perUser", perUser)
            .param("limit", limit)
            .query(UUID.class)
            .list();
    if (fair.isEmpty()) {
      return fair;
    }
    List<UUID> locked =
        jdbc.sql(
                """
                select id from parse_jobs
                 where id in (:ids) and stream_id is null
                   and status in ('QUEUED', 'RETRY_SCHEDULED')
                 for update skip locked
                """)
            .param("ids", fair)
            .query(UUID.class)
            .list();
    return fair.stream().filter(locked::contains).toList();
  }

  /** The job is on the stream as {@code entryId}; a retry becomes queued again. */
  Optional<Change> dispatched(UUID jobId, String entryId) {
    Instant now = clock.instant();
    String before =
        jdbc.sql("select status from parse_jobs where id = :id")
            .param("id", jobId)
            .query(String.class)
            .single();
    jdbc.sql(
            """
            update parse_jobs
               set stream_id = :entry, dispatched_at = :now, status = 'QUEUED', updated_at = :now,
                   revision = revision + case when status = 'QUEUED' then 0 else 1 end
             where id = :id
            """)
        .param("entry", entryId)
        .param("now", Timestamp.from(now))
        .param("id", jobId)
        .update();
    return "QUEUED".equals(before) ? Optional.empty() : change(jobId);
  }

  /** Jobs the database says are on the stream and waiting or abandoned, with their entries. */
  List<String[]> onStreamAndIdle(Duration queuedFor) {
    Instant now = clock.instant();
    return jdbc.sql(
            """
            select id, stream_id from parse_jobs
             where stream_id is not null
               and ((status = 'QUEUED' and dispatched_at < :queuedSince)
                    or (status = 'PROCESSING' and lease_until < :now))
             limit 500
            """)
        .param("queuedSince", Timestamp.from(now.minus(queuedFor)))
        .param("now", Timestamp.from(now))
        .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
        .list();
  }

  /**
   * Redis lost the job's entry: it goes back to the dispatcher (an abandoned run counts as an
   * attempt), or to the dead letters when that run was its last. Returns the visible change, if
   * any; empty also when the job moved on meanwhile.
   */
  Optional<Change> entryLost(UUID jobId, String entryId) {
    Instant now = clock.instant();
    String status =
        jdbc.sql(
                """
                update parse_jobs
                   set status = case when attempts >= max_attempts then 'DEAD' else 'QUEUED' end,
                       last_error = case when attempts >= max_attempts
                           then :silent
                           else last_error end,
                       owner_error = case when attempts >= max_attempts
                           then :owner
                           else owner_error end,
                       finished_at = case when attempts >= max_attempts
                           then cast(:now as timestamptz) else null end,
                       stream_id = null, worker = null, lease_until = null,
                       next_attempt_at = :now, updated_at = :now,
                       revision = revision + case when status = 'QUEUED' then 0 else 1 end
                 where id = :id and stream_id = :entry
                   and (status = 'QUEUED' or (status = 'PROCESSING' and lease_until < :now))
                returning status
                """)
            .param("silent", FailureText.SILENT_LAST_ATTEMPT)
            .param("owner", FailureText.FOR_OWNER)
            .param("now", Timestamp.from(now))
            .param("id", jobId)
            .param("entry", entryId)
            .query(String.class)
            .optional()
            .orElse(null);
    if (status == null) {
      return Optional.empty();
    }
    boolean dead = "DEAD".equals(status);
    setResumeStatus(jobId, dead ? "FAILED" : "QUEUED", dead ? FailureText.FOR_OWNER : null);
    return change(jobId);
  }

  /** Jobs waiting or abandoned for longer than {@code after}: something is wrong. */
  List<UUID> stuck(Duration after) {
    Instant since = clock.instant().minus(after);
    return jdbc.sql(
            """
            select id from parse_jobs
             where (status in ('QUEUED', 'RETRY_SCHEDULED') and next_attempt_at < :since)
                or (status = 'PROCESSING' and lease_until < :since)
             order by created_at
             limit 100
            """)
        .param("since", Timestamp.from(since))
        .query(UUID.class)
        .list();
  }

  long count(String status) {
    return jdbc.sql("select count(*) from parse_jobs where status = :status")
        .param("status", status)
        .query(Long.class)
        .single();
  }

  Optional<Change> change(UUID jobId) {
    return jdbc.sql(
            "select "
                + CHANGE_COLUMNS
                + " from parse_jobs j join resumes r on r.id = j.resume_id where j.id = :id")
        .param("id", jobId)
        .query(JobStore::change)
        .optional();
  }

  private boolean finish(
      Held job,
      String worker,
      String status,
      String error,
      String ownerError,
      Duration retryAfter) {
    Instant now = clock.instant();
    boolean finished =
        jdbc.sql(
                    """
                update parse_jobs
                   set status = :status, last_error = :error, owner_error = :ownerError,
                       worker = null, lease_until = null,
                       stream_id = case when :retry then null else stream_id end,
                       next_attempt_at = :next,
                       finished_at = case when :retry then null else cast(:now as timestamptz) end,
                       updated_at = :now, revision = revision + 1
                 where id = :id and worker = :worker and attempts = :attempt
                   and status = 'PROCESSING'
                """)
                .param("status", status)
                .param("error", error)
                .param("ownerError", ownerError)
                .param("retry", retryAfter != null)
                .param("next", Timestamp.from(retryAfter == null ? now : now.plus(retryAfter)))
                .param("now", Timestamp.from(now))
                .param("id", job.jobId())
                .param("worker", worker)
                .param("attempt", job.attempt())
                .update()
            == 1;
    if (finished) {
      attemptEnded(job, status, error, now);
    }
    return finished;
  }

  /** Records how an attempt ended, for the admins' view of the job. */
  private void attemptEnded(Held job, String outcome, String error, Instant now) {
    jdbc.sql(
            """
            update parse_job_attempts set finished_at = :now, outcome = :outcome, error = :error
             where id = (select max(id) from parse_job_attempts
                          where job_id = :id and attempt = :attempt and finished_at is null)
            """)
        .param("now", Timestamp.from(now))
        .param("outcome", outcome)
        .param("error", error)
        .param("id", job.jobId())
        .param("attempt", job.attempt())
        .update();
  }

  private void setResumeStatus(UUID jobId, String status, String error) {
    UUID resumeId =
        jdbc.sql("select resume_id from parse_jobs where id = :job")
            .param("job", jobId)
            .query(UUID.class)
            .single();
    events.publishEvent(new ResumeJobChanged(resumeId, status, error, null));
  }

  private static Held held(ResultSet rs, int row) throws SQLException {
    Timestamp dispatched = rs.getTimestamp("dispatched_at");
    return new Held(
        rs.getObject("id", UUID.class),
        rs.getObject("resume_id", UUID.class),
        rs.getObject("owner_id", UUID.class),
        rs.getInt("attempts"),
        rs.getInt("max_attempts"),
        rs.getTimestamp("created_at").toInstant(),
        dispatched == null ? null : dispatched.toInstant(),
        rs.getString("storage_key"),
        rs.getString("filename"),
        rs.getTimestamp("uploaded_at").toInstant(),
        rs.getLong("revision"));
  }

  private static Change change(ResultSet rs, int row) throws SQLException {
    return new Change(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getObject(3, UUID.class),
        JobStatus.valueOf(rs.getString(4)),
        rs.getInt(5),
        rs.getString(6),
        rs.getLong(7),
        rs.getTimestamp(8).toInstant());
  }

  /** What the owner reads about a job that will not be retried by itself. */
  static final class FailureText {
    static final String SILENT_LAST_ATTEMPT =
        "The worker running the last attempt stopped answering.";
    static final String FOR_OWNER =
        "We could not process this file because of a problem on our side. We have been told and"
            + " will retry it; you do not need to upload it again.";

    /** A failed attempt that will be retried: words, and the reference for support. */
    static String retrying(String reference) {
      return "This attempt failed because of a problem on our side; it will be tried again by"
          + " itself. Reference: "
          + reference
          + ".";
    }

    /** The last attempt failed: the job is with the admins now. */
    static String dead(String reference) {
      return FOR_OWNER + " Reference: " + reference + ".";
    }

    private FailureText() {}
  }
}
