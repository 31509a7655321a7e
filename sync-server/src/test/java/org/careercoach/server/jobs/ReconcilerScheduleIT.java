package org.careercoach.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.server.redis.Redis;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.RealLimitsServerIT;
import org.careercoach.server.support.TestClock;
import org.careercoach.server.support.TestJobs;
import org.careercoach.server.support.Uploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reconciler on its own schedule (every second in this context), never called by hand: a job
 * whose stream entry Redis lost goes back to the dispatcher, which gives it a new entry. This
 * context runs no workers, so nothing but the reconciler can move the job.
 */
@RealLimitsServerIT
@ExtendWith(OutputCaptureExtension.class)
class ReconcilerScheduleIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Redis redis;
  @Autowired TestClock clock;

  @Test
  void aJobWhoseEntryRedisLostIsPutBackByTheScheduledRun(CapturedOutput log) {
    Api api = new Api(port);
    String email = Accounts.email("reconcile");
    String token =
        api.post(
                "/api/v1/auth/register",
                Map.of("email", email, "password", Accounts.PASSWORD, "name", "Rey Conciler"),
                null,
                Map.of("X-Forwarded-For", "198.18.200." + (1 + (int) (Math.random() * 250))))
            .tokens()
            .accessToken();
    Api.Response uploaded =
        api.upload(
            "/api/v1/resumes",
            List.of(
                Uploads.file("cv.pdf", "application/pdf", Uploads.pdf("Rey " + UUID.randomUUID()))),
            token);
    assertThat(uploaded.status()).isEqualTo(201);
    UUID resume = UUID.fromString(uploaded.body().get("id").asString());
    assertThat(TestJobs.await(Duration.ofSeconds(10), () -> entryOf(resume).isPresent())).isTrue();
    String lost = entryOf(resume).orElseThrow();

    redis.commands().xdel(JobQueue.STREAM, lost);
    assertThat(JobQueue.holds(redis.commands(), lost)).isFalse();
    clock.advance(Duration.ofSeconds(6)); // past the reconciler's settling time for fresh entries

    assertThat(
            TestJobs.await(
                Duration.ofSeconds(15),
                () -> entryOf(resume).filter(entry -> !entry.equals(lost)).isPresent()))
        .as("the scheduled reconciler put the job back and it got a new entry")
        .isTrue();
    assertThat(log.getAll()).contains("event=parse_jobs_requeued");
  }

  private Optional<String> entryOf(UUID resume) {
    return jdbc.sql(
            "select stream_id from parse_jobs where resume_id = :id and status = 'QUEUED'"
                + " and stream_id is not null")
        .param("id", resume)
        .query(String.class)
        .optional();
  }
}
