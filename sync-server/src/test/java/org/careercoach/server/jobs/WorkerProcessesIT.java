package org.careercoach.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.careercoach.server.config.CoachProperties;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.TestJobs;
import org.careercoach.server.support.TestRedis;
import org.careercoach.server.support.Uploads;
import org.careercoach.server.support.WorkerProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two worker-only processes (separate JVMs of the server's {@code worker} mode) against the test's
 * database and Redis, while this server's own workers are stopped: the rate limit holds across
 * both, a {@code kill -9} mid-job loses nothing, and a graceful stop finishes or hands back.
 */
@ServerIT
class WorkerProcessesIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  /** A JVM start on a busy two-core machine; only a failure waits this long. */
  private static final Duration START_PATIENCE = Duration.ofSeconds(150);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired JobWorkers localWorkers;
  @Autowired DataSource dataSource;
  @Autowired CoachProperties coach;
  Api api;
  String token;
  String email;

  @Test
  void workerProcessesShareTheRateLimitSurviveKillNineAndStopGracefully() throws Exception {
    api = new Api(port);
    email = Accounts.email("workers");
    token = api.register(email, Accounts.PASSWORD, "Wes Workers").accessToken();
    Path runs = Files.createTempDirectory("worker-runs");
    localWorkers.stop();
    WorkerProcess first = null;
    WorkerProcess second = null;
    try {
      first = WorkerProcess.start(env(runs), runs.resolve("logs"));
      second = WorkerProcess.start(env(runs), runs.resolve("logs"));
      first.awaitStarted(START_PATIENCE);
      second.awaitStarted(START_PATIENCE);

      // 3 jobs per 2 s for both processes together: 9 jobs take at least 4 s.
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 9; i++) {
        ids.add(upload("rate-" + i + ".txt"));
      }
      ids.forEach(id -> awaitJob(id, "SUCCEEDED"));
      List<Instant> started = new ArrayList<>();
      for (String id : ids) {
        started.add(((java.sql.Timestamp) job(id).get("started_at")).toInstant());
      }
      started.sort(null);
      assertThat(Duration.between(started.get(0), started.get(8)))
          .isGreaterThanOrEqualTo(Duration.ofMillis(3_500));
      for (int i = 0; i + 6 < started.size(); i++) {
        assertThat(Duration.between(started.get(i), started.get(i + 6)))
            .as("no 7 starts within one period of 2 s")
            .isGreaterThan(Duration.ofMillis(1_800));
      }
      assertThat(ran(runs, "rate-")).hasSize(2);

      // kill -9 of the process running a job: the other takes it over after the visibility timeout.
      String killed = upload("slow-4000-kill.txt");
      // Killed once the parse itself has begun (the processor marked its run), not just claimed.
      assertThat(TestJobs.await(PATIENCE, () -> !ran(runs, "slow-4000-kill").isEmpty())).isTrue();
      long holder = ran(runs, "slow-4000-kill").iterator().next();
      assertThat((String) job(killed).get("worker")).startsWith(holder + "-");
      WorkerProcess victim = holder == first.pid() ? first : second;
      WorkerProcess survivor = victim == first ? second : first;
      victim.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);

      awaitJob(killed, "SUCCEEDED");
      assertThat(job(killed).get("attempts")).isEqualTo(2);
      assertThat(ran(runs, "slow-4000-kill"))
          .containsExactlyInAnyOrder(victim.pid(), survivor.pid());
      assertThat(parsedEmailsFor("slow-4000-kill.txt")).isEqualTo(1);

      // A graceful stop: the short job finishes within the grace period, the long one is handed
      // back unfinished (its attempt not counted) and done later by another worker.
      String quick = upload("slow-500-grace-quick.txt");
      String slow = upload("slow-8000-grace-slow.txt");
      assertThat(
              TestJobs.await(
                  PATIENCE,
                  () ->
                      "PROCESSING".equals(job(quick).get("status"))
                          && "PROCESSING".equals(job(slow).get("status"))))
          .isTrue();
      survivor.process().destroy();
      assertThat(survivor.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

      assertThat(job(quick).get("status")).isEqualTo("SUCCEEDED");
      assertThat(job(slow).get("status")).isEqualTo("QUEUED");
      assertThat(job(slow).get("attempts")).isEqualTo(0);
      assertThat(survivor.logText()).contains("event=job_handed_back");
    } finally {
      if (first != null) {
        first.close();
      }
      if (second != null) {
        second.close();
      }
      localWorkers.start();
    }
    String slowId = lastUpload;
    awaitJob(slowId, "SUCCEEDED");
    assertThat(job(slowId).get("attempts")).isEqualTo(1);
  }

  private String lastUpload;

  private Map<String, String> env(Path runs) throws Exception {
    Map<String, String> env = new HashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      env.put("SPRING_DATASOURCE_URL", connection.getMetaData().getURL());
      env.put("SPRING_DATASOURCE_USERNAME", connection.getMetaData().getUserName());
    }
    // The embedded PostgreSQL takes its password only (issue 13).
    env.put(
        "SPRING_DATASOURCE_PASSWORD",
        Files.readString(coach.dataDirectory().resolve("postgres-password")).strip());
    env.put("COACH_DATA_DIR", coach.dataDirectory().toString());
    env.put("REDIS_HOST", "127.0.0.1");
    env.put("REDIS_PORT", String.valueOf(TestRedis.port()));
    env.put("JWT_SECRET", ServerIT.JWT_SECRET);
    env.put("COACH_JOB_CONCURRENCY", "2");
    env.put("COACH_JOB_RATE_LIMIT", "3");
    env.put("COACH_JOB_RATE_PERIOD", "2s");
    env.put("COACH_JOB_VISIBILITY_TIMEOUT", "3s");
    env.put("COACH_JOB_SHUTDOWN_GRACE", "2s");
    env.put("COACH_JOB_DISPATCH_EVERY", "200ms");
    env.put("COACH_TEST_RUNS", runs.toString());
    return env;
  }

  private String upload(String filename) {
    byte[] text = (JobsIT.TEXT + "\n" + UUID.randomUUID()).getBytes();
    Api.Response response =
        api.upload("/api/v1/resumes", List.of(Uploads.file(filename, "text/plain", text)), token);
    assertThat(response.status()).isEqualTo(201);
    lastUpload = response.body().get("id").asString();
    return lastUpload;
  }

  private Map<String, Object> job(String resumeId) {
    return jdbc.sql(
            "select status, attempts, worker, started_at from parse_jobs where resume_id = :id")
        .param("id", UUID.fromString(resumeId))
        .query()
        .singleRow();
  }

  private void awaitJob(String resumeId, String status) {
    assertThat(TestJobs.await(PATIENCE, () -> status.equals(job(resumeId).get("status"))))
        .as("job of %s reaches %s: %s", resumeId, status, job(resumeId))
        .isTrue();
  }

  /** The processes that began a run of a file whose name starts so. */
  private static Set<Long> ran(Path runs, String prefix) {
    try (Stream<Path> files = Files.list(runs)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.contains("-" + prefix))
          .map(n -> Long.parseLong(n.substring(0, n.indexOf('-'))))
          .collect(Collectors.toSet());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private long parsedEmailsFor(String filename) {
    return jdbc.sql(
            "select count(*) from email_outbox where to_address = :to and kind = 'RESUME_PARSED'"
                + " and text_body like :name")
        .param("to", email)
        .param("name", "%" + filename + "%")
        .query(Long.class)
        .single();
  }
}
