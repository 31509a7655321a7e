package org.careercoach.server.resumes;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.server.jobs.ResumeJobChanged;
import org.careercoach.server.users.User;
import org.careercoach.server.users.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The resumes feature owns its rows: the parse jobs tell it what happened, and it updates the row
 * here. A plain (synchronous) listener on purpose: it runs in the job's transaction, so the job's
 * state, the resume's and the "parsed" email commit together or not at all (ADR 0008) — an
 * after-commit listener would lose that.
 */
@Component
class ResumeJobListener {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final UserService users;

  ResumeJobListener(
      JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, UserService users) {
    this.users = users;
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  @EventListener
  void on(ResumeJobChanged change) {
    Timestamp now = Timestamp.from(clock.instant());
    if (!"PARSED".equals(change.status())) {
      jdbc.sql(
              """
              update resumes set status = :status, error = :error, updated_at = :now
               where id = :id
              """)
          .param("status", change.status())
          .param("error", change.error())
          .param("now", now)
          .param("id", change.resumeId())
          .update();
      return;
    }
    // The "parsed" email goes after a file's first parse only, not after it is read again.
    Optional<Boolean> first =
        jdbc.sql("select first_parsed_at is null from resumes where id = :id for update")
            .param("id", change.resumeId())
            .query(Boolean.class)
            .optional();
    if (first.isEmpty()) {
      return;
    }
    ResumeParsed parsed =
        jdbc.sql(
                """
                update resumes set parsed = cast(:parsed as jsonb), status = 'PARSED', error = null,
                                   updated_at = :now,
                                   first_parsed_at = coalesce(first_parsed_at, :now)
                 where id = :id
                returning id, owner_id, filename, created_at
                """)
            .param("parsed", change.parsedJson())
            .param("now", now)
            .param("id", change.resumeId())
            .query(
                (rs, row) -> {
                  User owner = users.require(rs.getObject("owner_id", UUID.class));
                  return new ResumeParsed(
                      rs.getObject("id", UUID.class),
                      owner.id(),
                      owner.email(),
                      owner.name(),
                      rs.getString("filename"),
                      rs.getTimestamp("created_at").toInstant());
                })
            .single();
    if (first.get()) {
      events.publishEvent(parsed);
    }
  }
}
