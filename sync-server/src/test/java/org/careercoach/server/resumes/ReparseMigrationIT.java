package org.careercoach.server.resumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.sql.DataSource;
import org.careercoach.server.support.ServerIT;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V10 on resumes stored before it: a file parsed already counts as parsed once (its email
 * went), so reading it again sends none; a resume has one job. Runs the migrations into a schema of
 * its own.
 */
@ServerIT
class ReparseMigrationIT {

  static final String SCHEMA = "v10_migration_it";
  static final Instant PARSED_AT = Instant.parse("2026-03-01T10:15:30Z");

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void dropSchema() {
    jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
  }

  @Test
  void filesParsedBeforeCountAsParsedOnceAndAResumeKeepsOneJob() {
    migrate("9");
    UUID user = UUID.randomUUID();
    jdbc.sql(
            "insert into "
                + SCHEMA
                + ".users (id, email, name, password_hash, created_at, updated_at)"
                + " values (:id, 'old@it.example', 'Old', 'x', now(), now())")
        .param("id", user)
        .update();
    UUID parsed = resume(user, "PARSED", "{\"basics\":{\"name\":\"Ana\"}}");
    UUID waiting = resume(user, "QUEUED", null);
    UUID failed = resume(user, "FAILED", null);
    job(parsed);

    migrate("10");

    assertThat(firstParsedAt(parsed)).isEqualTo(PARSED_AT);
    assertThat(firstParsedAt(waiting)).isNull();
    assertThat(firstParsedAt(failed)).isNull();
    assertThatThrownBy(() -> job(parsed))
        .as("a second job for one resume")
        .isInstanceOf(DuplicateKeyException.class);
    job(waiting);
  }

  private void migrate(String version) {
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(SCHEMA)
        .locations("classpath:db/migration")
        .target(version)
        .load()
        .migrate();
  }

  private UUID resume(UUID owner, String status, String parsedJson) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into "
                + SCHEMA
                + ".resumes (id, owner_id, filename, content_type, size, sha256, storage_key,"
                + " status, parsed, created_at, updated_at)"
                + " values (:id, :owner, 'cv.txt', 'text/plain', 10, :sha, :key, :status,"
                + " cast(:parsed as jsonb), :created, :updated)")
        .param("id", id)
        .param("owner", owner)
        .param("sha", id.toString())
        .param("key", "users/" + owner + "/resumes/" + id)
        .param("status", status)
        .param("parsed", parsedJson)
        .param("created", Timestamp.from(PARSED_AT.minus(1, ChronoUnit.HOURS)))
        .param("updated", Timestamp.from(PARSED_AT))
        .update();
    return id;
  }

  private void job(UUID resume) {
    jdbc.sql(
            "insert into "
                + SCHEMA
                + ".parse_jobs (id, resume_id, status, max_attempts, created_at, updated_at,"
                + " next_attempt_at) values (:id, :resume, 'SUCCEEDED', 3, now(), now(), now())")
        .param("id", UUID.randomUUID())
        .param("resume", resume)
        .update();
  }

  private Instant firstParsedAt(UUID resume) {
    Timestamp at =
        jdbc.sql("select first_parsed_at from " + SCHEMA + ".resumes where id = :id")
            .param("id", resume)
            .query((rs, row) -> rs.getTimestamp(1))
            .list()
            .get(0);
    return at == null ? null : at.toInstant();
  }
}
