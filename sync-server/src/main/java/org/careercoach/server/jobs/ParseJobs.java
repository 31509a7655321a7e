package org.careercoach.server.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.careercoach.model.api.JobStatus;
import org.careercoach.model.api.Page;
import org.careercoach.model.api.ParseJob;
import org.careercoach.server.config.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creates parse jobs (a job exists exactly when the upload that needs it does; a "read again"
 * replaces it), and the admin's view of them: the list by state, and a retry of a dead letter.
 */
@Service
public class ParseJobs {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final JobProperties properties;
  private final Dispatcher dispatcher;
  private final JobStore store;
  private final JobEvents events;
  private final ApplicationEventPublisher publisher;

  ParseJobs(
      JdbcClient jdbc,
      Clock clock,
      JobProperties properties,
      Dispatcher dispatcher,
      JobStore store,
      JobEvents events,
      ApplicationEventPublisher publisher) {
    this.publisher = publisher;
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
    this.dispatcher = dispatcher;
    this.store = store;
    this.events = events;
  }

  /** Queues a parse of the resume, inside the caller's transaction; dispatched once it commits. */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID enqueue(UUID resumeId) {
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql(
            """
            insert into parse_jobs (id, resume_id, status, max_attempts, created_at, updated_at,
                                    next_attempt_at)
            values (:id, :resume, :status, :max, :now, :now, :now)
            """)
        .param("id", id)
        .param("resume", resumeId)
        .param("status", JobStatus.QUEUED.name())
        .param("max", properties.maxAttempts())
        .param("now", now)
        .update();
    announceAfterCommit(id);
    return id;
  }

  /**
   * Queues another parse of a resume whose job has ended (succeeded, failed or dead), inside the
   * caller's transaction: the ended job is replaced, so a resume keeps one job, its latest parse,
   * with a fresh set of attempts (a dead letter the owner asked to be read again is no longer one).
   * The caller makes sure no parse of the resume is waiting or running (its status is PARSED or
   * FAILED, under the row's lock); a job still live is a broken promise, refused here.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID enqueueAgain(UUID resumeId) {
    List<String> live =
        jdbc.sql(
                """
                select status from parse_jobs
                 where resume_id = :resume and status not in ('SUCCEEDED', 'FAILED', 'DEAD')
                 for update
                """)
            .param("resume", resumeId)
            .query(String.class)
            .list();
    if (!live.isEmpty()) {
      throw new IllegalStateException(
          "resume " + resumeId + " still has a " + live.get(0) + " job: it cannot be queued again");
    }
    jdbc.sql("delete from parse_jobs where resume_id = :resume").param("resume", resumeId).update();
    return enqueue(resumeId);
  }

  /** How many jobs a resume has, for tests and the admin view. */
  public long countFor(UUID resumeId) {
    return jdbc.sql("select count(*) from parse_jobs where resume_id = :id")
        .param("id", resumeId)
        .query(Long.class)
        .single();
  }

  /** Jobs in one state (all when null), newest first; {@code DEAD} lists the dead letters. */
  public Page<ParseJob> list(String status, int page, int size) {
    JobStatus state = parseStatus(status);
    String where = state == null ? "" : " where status = :status";
    var count = jdbc.sql("select count(*) from parse_jobs" + where);
    var select =
        jdbc.sql(
            "select id, resume_id, status, attempts, max_attempts, last_error, created_at,"
                + " updated_at, next_attempt_at from parse_jobs"
                + where
                + " order by updated_at desc, id limit :size offset :offset");
    if (state != null) {
      count = count.param("status", state.name());
      select = select.param("status", state.name());
    }
    long total = count.query(Long.class).single();
    List<ParseJob> items =
        select.param("size", size).param("offset", (long) page * size).query(ParseJobs::job).list();
    return new Page<>(items, total, page, size);
  }

  /**
   * Gives a dead letter (or a failed job, once the cause was fixed) a fresh set of attempts.
   * Answers 404 for an unknown job and 409 for one that is not dead or failed.
   */
  @Transactional
  public void retry(UUID jobId) {
    int changed =
        jdbc.sql(
                """
                update parse_jobs
                   set status = 'QUEUED', attempts = 0, stream_id = null, worker = null,
                       owner_error = null,
                       lease_until = null, finished_at = null, next_attempt_at = :now,
                       updated_at = :now, revision = revision + 1
                 where id = :id and status in ('DEAD', 'FAILED')
                """)
            .param("now", Timestamp.from(clock.instant()))
            .param("id", jobId)
            .update();
    if (changed == 0) {
      boolean exists =
          jdbc.sql("select count(*) from parse_jobs where id = :id")
                  .param("id", jobId)
                  .query(Long.class)
                  .single()
              > 0;
      throw exists
          ? new ApiProblem(
              HttpStatus.CONFLICT,
              "job-not-dead",
              "Job not dead",
              "Only a DEAD or FAILED job can be retried; this one is waiting, running or done.")
          : new ApiProblem(HttpStatus.NOT_FOUND, "job-not-found", "Job not found", "No such job.");
    }
    UUID resumeId =
        jdbc.sql("select resume_id from parse_jobs where id = :id")
            .param("id", jobId)
            .query(UUID.class)
            .single();
    publisher.publishEvent(new ResumeJobChanged(resumeId, "QUEUED", null, null));
    announceAfterCommit(jobId);
  }

  /** Once the transaction commits: tells the owner the job is queued and wakes the dispatcher. */
  private void announceAfterCommit(UUID jobId) {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            store.change(jobId).ifPresent(events::publish);
            dispatcher.wake();
          }
        });
  }

  private static JobStatus parseStatus(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return JobStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalid(
          "status", "must be one of " + java.util.Arrays.toString(JobStatus.values()));
    }
  }

  private static ParseJob job(ResultSet rs, int row) throws SQLException {
    return new ParseJob(
        rs.getObject("id", UUID.class),
        rs.getObject("resume_id", UUID.class),
        JobStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        rs.getInt("max_attempts"),
        rs.getString("last_error"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getTimestamp("next_attempt_at").toInstant());
  }
}
