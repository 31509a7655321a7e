package org.careercoach.server.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.careercoach.model.api.JobStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Creates parse jobs; a job exists exactly when the upload that needs it does. */
@Service
public class ParseJobs {

  /** Attempts before a job goes to the dead-letter state. */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;

  private final JdbcClient jdbc;
  private final Clock clock;

  ParseJobs(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Queues a parse of the resume, inside the caller's transaction. */
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
        .param("max", DEFAULT_MAX_ATTEMPTS)
        .param("now", now)
        .update();
    return id;
  }

  /** How many jobs a resume has, for tests and the admin view. */
  public long countFor(UUID resumeId) {
    return jdbc.sql("select count(*) from parse_jobs where resume_id = :id")
        .param("id", resumeId)
        .query(Long.class)
        .single();
  }
}
