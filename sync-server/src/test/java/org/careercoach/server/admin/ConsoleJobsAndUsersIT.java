package org.careercoach.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.jobs.JobConsole;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ConsoleClient;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.TestJobs;
import org.careercoach.server.support.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The console's actions on jobs and accounts, through its forms, and what they leave behind. */
@ServerIT
class ConsoleJobsAndUsersIT {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestJobs processor;
  @Autowired JobConsole jobs;

  Api api;
  ConsoleClient admin;
  String csrf;
  TokenPair user;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    admin = new ConsoleClient(port);
    admin.signIn(ServerIT.ADMIN_EMAIL, ServerIT.ADMIN_PASSWORD);
    csrf = admin.csrfFrom("/admin");
    user = api.register(Accounts.email("console-jobs"), Accounts.PASSWORD, "Job Owner");
  }

  @Test
  void aWaitingJobIsDiscardedAndItsOwnerReadsWhy() {
    String resume;
    UUID job;
    jobs.pause("test");
    try {
      resume = upload("waiting-" + UUID.randomUUID() + ".txt");
      job = jobOf(resume);
      ConsoleClient.Page discarded = admin.post("/admin/jobs/" + job + "/discard", Map.of(), csrf);
      assertThat(discarded.location()).endsWith("/admin/jobs?done=discarded");
    } finally {
      jobs.resume("test");
    }

    assertThat(jobCount(resume)).isZero();
    var mine = api.get("/api/v1/resumes/" + resume, user.accessToken()).body();
    assertThat(mine.get("status").asString()).isEqualTo("FAILED");
    assertThat(mine.get("error").asString()).contains("An administrator cancelled this parse");
    assertThat(
            api.post("/api/v1/resumes/" + resume + "/reparse", Map.of(), user.accessToken())
                .status())
        .as("the owner may ask for another read")
        .isEqualTo(202);
  }

  @Test
  void aRunningJobCannotBeDiscardedAndTheRefusalChangesNothing() {
    processor.closeGate();
    try {
      String resume = upload("held-" + UUID.randomUUID() + ".txt");
      UUID job = jobOf(resume);
      assertThat(TestJobs.await(PATIENCE, () -> "PROCESSING".equals(jobStatus(job)))).isTrue();
      long audited = audit();

      ConsoleClient.Page refused = admin.post("/admin/jobs/" + job + "/discard", Map.of(), csrf);

      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.body()).contains("A running job cannot be discarded");
      assertThat(jobStatus(job)).isEqualTo("PROCESSING");
      assertThat(audit()).as("a refused action is not audited").isEqualTo(audited);
    } finally {
      processor.openGate();
    }
  }

  @Test
  void retryAllGivesEveryDeadJobItsAttemptsAgainAndEachRunIsListedWithItsWorker() {
    String name = "poison-" + UUID.randomUUID() + ".txt";
    String resume = upload(name);
    UUID job = jobOf(resume);
    assertThat(TestJobs.await(PATIENCE, () -> "DEAD".equals(jobStatus(job)))).isTrue();
    processor.cure(name);

    ConsoleClient.Page retried = admin.post("/admin/jobs/retry-all", Map.of(), csrf);

    assertThat(retried.location()).matches(".*/admin/jobs\\?done=retried-[1-9][0-9]*");
    assertThat(TestJobs.await(PATIENCE, () -> "SUCCEEDED".equals(jobStatus(job)))).isTrue();
    List<String> runs =
        jdbc.sql(
                "select attempt || ' ' || outcome || ' ' || worker from parse_job_attempts"
                    + " where job_id = :job order by id")
            .param("job", job)
            .query(String.class)
            .list();
    assertThat(runs).hasSize(4);
    assertThat(runs.subList(0, 3))
        .extracting(r -> r.split(" ")[0] + " " + r.split(" ")[1])
        .containsExactly("1 RETRY_SCHEDULED", "2 RETRY_SCHEDULED", "3 DEAD");
    assertThat(runs.get(3)).startsWith("1 SUCCEEDED ").contains("-w");
    String page = admin.get("/admin/jobs/" + job).body();
    assertThat(page).contains("injected failure", "SUCCEEDED", "console-jobs");
  }

  @Test
  void endingOneSessionSignsOutThatDeviceOnly() {
    TokenPair laptop = api.login(emailOf(user), Accounts.PASSWORD);
    UUID id = idOf(user);
    UUID laptopSession =
        UUID.fromString(
            jdbc.sql(
                    "select id::text from sessions where user_id = :u and revoked_at is null"
                        + " order by created_at desc limit 1")
                .param("u", id)
                .query(String.class)
                .single());
    assertThat(admin.get("/admin/users/" + id).body()).contains(laptopSession.toString());

    ConsoleClient.Page ended =
        admin.post("/admin/users/" + id + "/sessions/" + laptopSession + "/end", Map.of(), csrf);

    assertThat(ended.location()).endsWith("?done=session-ended");
    assertThat(api.get("/api/v1/me", laptop.accessToken()).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/me", user.accessToken()).status()).isEqualTo(200);
    ConsoleClient.Page otherUsers =
        admin.post(
            "/admin/users/" + idOf(ServerIT.ADMIN_EMAIL) + "/sessions/" + laptopSession + "/end",
            Map.of(),
            csrf);
    assertThat(otherUsers.status())
        .as("a session is ended only through its own account")
        .isEqualTo(404);
  }

  private String upload(String filename) {
    byte[] body = ("Jane Doe\njane@example.com\n" + UUID.randomUUID()).getBytes();
    Api.Response response =
        api.upload(
            "/api/v1/resumes",
            List.of(Uploads.file(filename, "text/plain", body)),
            user.accessToken());
    assertThat(response.status()).isIn(200, 201);
    return response.body().get("id").asString();
  }

  private UUID jobOf(String resume) {
    return jdbc.sql("select id from parse_jobs where resume_id = :id")
        .param("id", UUID.fromString(resume))
        .query(UUID.class)
        .single();
  }

  private long jobCount(String resume) {
    return jdbc.sql("select count(*) from parse_jobs where resume_id = :id")
        .param("id", UUID.fromString(resume))
        .query(Long.class)
        .single();
  }

  private String jobStatus(UUID job) {
    return jdbc.sql("select status from parse_jobs where id = :id")
        .param("id", job)
        .query(String.class)
        .single();
  }

  private long audit() {
    return jdbc.sql("select count(*) from admin_audit").query(Long.class).single();
  }

  private String emailOf(TokenPair tokens) {
    return api.get("/api/v1/me", tokens.accessToken()).body().get("email").asString();
  }

  private UUID idOf(TokenPair tokens) {
    return UUID.fromString(api.get("/api/v1/me", tokens.accessToken()).body().get("id").asString());
  }

  private UUID idOf(String email) {
    return jdbc.sql("select id from users where email = :e")
        .param("e", email)
        .query(UUID.class)
        .single();
  }
}
