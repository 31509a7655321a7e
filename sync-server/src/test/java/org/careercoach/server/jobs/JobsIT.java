package org.careercoach.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careercoach.server.config.CoachProperties;
import org.careercoach.server.parsing.Watchdog;
import org.careercoach.server.redis.Redis;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.TestJobs;
import org.careercoach.server.support.TestRedis;
import org.careercoach.server.support.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Parse jobs end to end on a real Redis (the embedded binary) and the embedded PostgreSQL: every
 * upload parsed once with one email, whatever Redis does meanwhile.
 */
@ServerIT
class JobsIT {

  static final String TEXT =
      """
      Ana Maria Silva
      ana.silva@example.com

      Experience
      Senior Engineer | Acme Corp
      Jan 2019 - Present
      """;
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestJobs processor;
  @Autowired Reconciler reconciler;
  @Autowired Redis redis;
  @Autowired JobsHealthIndicator jobsHealth;
  @Autowired CoachProperties coach;
  Api api;
  String token;
  String email;

  @BeforeEach
  void signIn() {
    api = new Api(port);
    email = Accounts.email("jobs");
    token = api.register(email, Accounts.PASSWORD, "Jo Jobs").accessToken();
  }

  @Test
  void anUploadIsParsedServedAndItsOwnerEmailedOnceEvenWhenDeliveredTwice() {
    String id = upload("cv.txt");

    awaitStatus(id, "PARSED");
    Api.Response parsed = api.get("/api/v1/resumes/" + id + "/parsed", token);
    assertThat(parsed.status()).isEqualTo(200);
    assertThat(parsed.body().at("/basics/name").asString()).isEqualTo("Ana Maria Silva");
    assertThat(parsed.body().at("/work/0/name").asString()).isEqualTo("Acme Corp");

    // A second delivery of the same job (as after a false alarm of the reconciler) does nothing.
    UUID job = jobOf(id);
    String again = JobQueue.add(redis.commands(), job);
    jdbc.sql("update parse_jobs set stream_id = :entry where id = :id")
        .param("entry", again)
        .param("id", job)
        .update();
    assertThat(
            TestJobs.await(Duration.ofSeconds(10), () -> !JobQueue.holds(redis.commands(), again)))
        .as("the extra entry is consumed")
        .isTrue();
    assertThat(processor.starts("cv.txt")).hasSize(1);
    assertThat(parsedEmails()).isEqualTo(1);
    assertThat(jobRow(job).get("status")).isEqualTo("SUCCEEDED");
  }

  @Test
  void whenTheTransactionThatCompletesAJobRollsBackNeitherTheResumeNorTheMailChange() {
    // The resume's row and the "parsed" mail are written by listeners of the job's events, in the
    // transaction that marks the job done: a listener that fails takes all of them back.
    String name = "unmailable-" + UUID.randomUUID() + ".txt";
    String id = upload(name);

    awaitStatus(id, "FAILED");
    UUID job = jobOf(id);
    Map<String, Object> row = jobRow(job);
    assertThat(row.get("status")).isEqualTo("DEAD");
    assertThat((String) row.get("last_error"))
        .contains("injected failure after the result was stored");
    assertThat(processor.starts(name)).hasSize(3);
    assertThat(parsedColumn(id)).as("no parsed result survived the rollback").isNull();
    assertThat(parsedEmails()).as("no mail survived the rollback").isZero();

    processor.cure(name);
    assertThat(
            api.post("/api/v1/admin/jobs/" + job + "/retry", Map.of(), api.adminToken()).status())
        .isEqualTo(202);

    awaitStatus(id, "PARSED");
    assertThat(parsedColumn(id)).contains("Ana Maria Silva");
    assertThat(parsedEmails()).isEqualTo(1);
    assertThat(jobRow(job).get("status")).isEqualTo("SUCCEEDED");
  }

  @Test
  void noMoreJobsRunAtOnceThanTheConcurrency() {
    processor.resetMostAtOnce();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ids.add(upload("slow-700-many-" + i + ".txt"));
    }

    ids.forEach(id -> awaitStatus(id, "PARSED"));

    assertThat(processor.mostAtOnce()).isEqualTo(2);
    assertThat(parsedEmails()).isEqualTo(6);
    Api.Response completed = api.get("/api/v1/admin/jobs?status=SUCCEEDED", api.adminToken());
    assertThat(completed.body().get("total").asLong()).isGreaterThanOrEqualTo(6);
    Api.Response metric = api.get("/actuator/metrics/coach.jobs.completed", api.adminToken());
    assertThat(metric.status()).isEqualTo(200);
    assertThat(metric.body().at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(6);
    assertThat(api.get("/actuator/metrics/coach.jobs.run", api.adminToken()).status())
        .isEqualTo(200);
    assertThat(api.get("/actuator/metrics/coach.jobs.queued", token).status())
        .as("metrics are for admins")
        .isEqualTo(403);
  }

  @Test
  void aPoisonJobGoesToTheDeadLettersAfterItsAttemptsWithBackoffAndAnAdminCanRetryIt() {
    String name = "poison-" + UUID.randomUUID() + ".txt";
    String id = upload(name);

    awaitStatus(id, "FAILED");
    UUID job = jobOf(id);
    Map<String, Object> row = jobRow(job);
    assertThat(row.get("status")).isEqualTo("DEAD");
    assertThat(row.get("attempts")).isEqualTo(3);
    assertThat((String) row.get("last_error")).contains("injected failure");
    List<Instant> starts = processor.starts(name);
    assertThat(starts).hasSize(3);
    assertThat(Duration.between(starts.get(0), starts.get(1))).isGreaterThanOrEqualTo(ms(300));
    assertThat(Duration.between(starts.get(1), starts.get(2))).isGreaterThanOrEqualTo(ms(600));
    assertThat(api.get("/api/v1/resumes/" + id, token).body().get("error").asString())
        .contains("problem on our side");
    Api.Response dead = api.get("/api/v1/admin/jobs?status=DEAD&size=200", api.adminToken());
    assertThat(dead.body().get("items").findValuesAsString("id")).contains(job.toString());
    assertThat(api.post("/api/v1/admin/jobs/" + job + "/retry", Map.of(), token).status())
        .as("admins only")
        .isEqualTo(403);

    processor.cure(name);
    assertThat(
            api.post("/api/v1/admin/jobs/" + job + "/retry", Map.of(), api.adminToken()).status())
        .isEqualTo(202);

    awaitStatus(id, "PARSED");
    assertThat(parsedEmails()).isEqualTo(1);
    assertThat(
            api.post("/api/v1/admin/jobs/" + job + "/retry", Map.of(), api.adminToken()).status())
        .as("only dead or failed jobs")
        .isEqualTo(409);
    assertThat(
            api.post(
                    "/api/v1/admin/jobs/" + UUID.randomUUID() + "/retry",
                    Map.of(),
                    api.adminToken())
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/admin/jobs?status=LOST", api.adminToken()).status()).isEqualTo(400);
  }

  @Test
  void aDocumentThatCannotBeReadFailsAtOnceWithItsReason() {
    String id = upload("empty-ish.txt", "   \n\n  \n".getBytes());

    awaitStatus(id, "FAILED");

    Map<String, Object> row = jobRow(jobOf(id));
    assertThat(row.get("status")).isEqualTo("FAILED");
    assertThat(row.get("attempts")).isEqualTo(1);
    assertThat(api.get("/api/v1/resumes/" + id, token).body().get("error").asString())
        .contains("no text");
    assertThat(parsedEmails()).isZero();
  }

  @Test
  void aFlushOfRedisLosesNoJobAndDoesNoneTwice() {
    // Two run (the concurrency), the third waits on the stream when Redis forgets everything.
    List<String> names = List.of("slow-1500-flush-a.txt", "slow-1500-flush-b.txt", "flush-c.txt");
    List<String> ids = names.stream().map(this::upload).toList();
    assertThat(TestJobs.await(PATIENCE, () -> processor.starts(names.get(1)).size() == 1)).isTrue();

    redis.commands().flushall();

    assertThat(TestJobs.await(PATIENCE, () -> reconciler.requeueLost() > 0 || parsed(ids.get(2))))
        .isTrue();
    ids.forEach(id -> awaitStatus(id, "PARSED"));
    names.forEach(name -> assertThat(processor.starts(name)).as(name).hasSize(1));
    assertThat(parsedEmails()).isEqualTo(3);
  }

  @Test
  void aRedisRestartAndCutConnectionsMidJobLoseNothingAndRepeatNothing() {
    List<String> names =
        List.of("slow-2000-restart-a.txt", "slow-2000-restart-b.txt", "restart-c.txt");
    List<String> ids = names.stream().map(this::upload).toList();
    assertThat(TestJobs.await(PATIENCE, () -> processor.starts(names.get(1)).size() == 1)).isTrue();

    redis.commands().clientKill(io.lettuce.core.KillArgs.Builder.typeNormal());
    TestRedis.stop();
    Api.sleep(1_000);
    TestRedis.start();

    assertThat(TestJobs.await(PATIENCE, () -> reconciler.requeueLost() > 0 || parsed(ids.get(2))))
        .isTrue();
    ids.forEach(id -> awaitStatus(id, "PARSED"));
    names.forEach(name -> assertThat(processor.starts(name)).as(name).hasSize(1));
    assertThat(parsedEmails()).isEqualTo(3);
  }

  @Test
  void theOwnersEventStreamShowsTheJobsStatesInOrderAndNoOneElseSeesThem() throws Exception {
    String otherToken =
        api.register(Accounts.email("other"), Accounts.PASSWORD, "Oz Other").accessToken();
    EventStream mine = EventStream.open(port, token);
    EventStream theirs = EventStream.open(port, otherToken);
    try {
      String id = upload("slow-300-events.txt");
      awaitStatus(id, "PARSED");

      assertThat(TestJobs.await(Duration.ofSeconds(10), () -> mine.events().size() >= 3)).isTrue();
      List<String> states =
          mine.events().stream()
              .map(e -> e.get("status").asString() + "/" + e.get("attempt").asInt())
              .toList();
      assertThat(states).containsExactly("QUEUED/0", "PROCESSING/1", "SUCCEEDED/1");
      assertThat(mine.events()).allMatch(e -> e.get("resumeId").asString().equals(id));
      assertThat(theirs.events()).isEmpty();
      assertThat(theirs.connected()).as("the other stream was open all along").isTrue();
    } finally {
      mine.close();
      theirs.close();
    }
    assertThat(
            java.net.http.HttpClient.newHttpClient()
                .send(
                    java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + "/api/v1/events"))
                        .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .as("no token, no events")
        .isEqualTo(401);
  }

  @Test
  void withRedisDownUploadsAreAcceptedAndParsedOnceItIsBack() {
    TestRedis.stop();
    try {
      String id = upload("while-down.txt");
      Api.Response health = api.get("/actuator/health", api.adminToken());
      assertThat(health.status()).as("the server serves on").isEqualTo(200);
      assertThat(health.body().at("/components/redis/status").asString()).isEqualTo("FAILING");
      Api.sleep(1_500);
      assertThat(api.get("/api/v1/resumes/" + id, token).body().get("status").asString())
          .isEqualTo("QUEUED");
      TestRedis.start();
      awaitStatus(id, "PARSED");
      assertThat(parsedEmails()).isEqualTo(1);
    } finally {
      TestRedis.start();
    }
  }

  @Test
  void aJobWhoseWorkerDiedOnItsLastAttemptAndWhoseEntryRedisLostIsADeadLetter() {
    String id = upload("last-attempt.txt");
    awaitStatus(id, "PARSED");
    UUID job = jobOf(id);
    // As a worker that died during attempt 3 of 3 leaves it, its stream entry since lost.
    jdbc.sql(
            """
            update parse_jobs set status = 'PROCESSING', attempts = 3, worker = 'gone-w1',
                   lease_until = now() - interval '1 minute', stream_id = '1-1'
             where id = :id
            """)
        .param("id", job)
        .update();

    assertThat(reconciler.requeueLost()).isEqualTo(1);

    assertThat(jobRow(job).get("status")).isEqualTo("DEAD");
    assertThat(api.get("/api/v1/resumes/" + id, token).body().get("status").asString())
        .isEqualTo("FAILED");
    assertThat(reconciler.requeueLost()).as("repaired once").isZero();
  }

  @Test
  void pastTheLimitOfAbandonedParsesNoJobIsTakenAndHealthSaysWhyUntilTheyEnd() {
    String run = UUID.randomUUID().toString();
    String waiting = "after-stubborn-" + run + ".txt";
    try {
      String first = upload("stubborn-300-a-" + run + ".txt");
      String second = upload("stubborn-300-b-" + run + ".txt");
      awaitStatus(first, "FAILED");
      awaitStatus(second, "FAILED");
      assertThat(api.get("/api/v1/resumes/" + first, token).body().get("error").asString())
          .contains("took longer than");
      assertThat(Watchdog.abandonedAlive()).as("both threads run on").isEqualTo(2);

      String queued = upload(waiting);

      assertThat(
              TestJobs.await(
                  Duration.ofSeconds(2),
                  () -> !processor.starts(waiting).isEmpty() || !"QUEUED".equals(status(queued))))
          .as("no job is taken while two abandoned parses live")
          .isFalse();
      assertThat(
              api.get("/actuator/health", api.adminToken())
                  .body()
                  .at("/components/jobs/status")
                  .asString())
          .isEqualTo("FAILING");
      assertThat(jobsHealth.health().getDetails().get("problem").toString())
          .contains("2 parses ran past their time limit")
          .contains("takes no parse jobs");

      processor.releaseStubborn();

      awaitStatus(queued, "PARSED");
      assertThat(Watchdog.abandonedAlive()).isZero();
      assertThat(
              api.get("/actuator/health", api.adminToken())
                  .body()
                  .at("/components/jobs/status")
                  .asString())
          .isEqualTo("UP");
    } finally {
      processor.releaseStubborn();
      TestJobs.await(PATIENCE, () -> Watchdog.abandonedAlive() == 0);
    }
  }

  @Test
  void oneOwnersBacklogNeverQueuesInFrontOfAnotherOwnersFirstUpload() {
    String run = UUID.randomUUID().toString();
    String otherToken =
        api.register(Accounts.email("newcomer"), Accounts.PASSWORD, "Nia Newcomer").accessToken();
    List<String> backlog = new ArrayList<>();
    List<String> backlogIds = new ArrayList<>();
    processor.closeGate();
    try {
      for (int i = 0; i < 8; i++) {
        String name = "held-backlog-" + i + "-" + run + ".txt";
        backlog.add(name);
        backlogIds.add(upload(name));
      }
      // The owner's first jobs hold the workers: the rest of the backlog waits, as a long one
      // would.
      assertThat(TestJobs.await(PATIENCE, () -> startedCount(backlog) == 2)).isTrue();
      String first = "first-" + run + ".txt";
      String firstId = uploadAs(otherToken, first);
      assertThat(TestJobs.await(PATIENCE, () -> dispatched(firstId)))
          .as("the newcomer's job goes on the queue though another owner has 6 waiting")
          .isTrue();
      assertThat(backlogIds.stream().filter(this::dispatched).count())
          .as("one owner has at most 2 jobs on the queue or running")
          .isEqualTo(2);

      processor.openGate();

      awaitStatus(firstId, "PARSED", otherToken);
      backlogIds.forEach(id -> awaitStatus(id, "PARSED"));
      Instant newcomerStarted = processor.starts(first).get(0);
      long backlogStartedLater =
          backlog.stream().filter(n -> processor.starts(n).get(0).isAfter(newcomerStarted)).count();
      // Without the cap all 8 were on the queue before the newcomer's job: none started later.
      // With it, the newcomer's job is next; a freed worker may still claim the owner's next
      // job a moment before the newcomer's claim commits, on a busy machine.
      assertThat(backlogStartedLater)
          .as("of 8 queued first, the 2 in flight and at most 2 racing start before the newcomer")
          .isGreaterThanOrEqualTo(4);
    } finally {
      processor.openGate();
    }
  }

  private long startedCount(List<String> filenames) {
    return filenames.stream().filter(n -> !processor.starts(n).isEmpty()).count();
  }

  /** Whether the resume's job is on the Redis stream (or past it). */
  private boolean dispatched(String resumeId) {
    return jdbc.sql(
                "select count(*) from parse_jobs where resume_id = :id and dispatched_at is not null")
            .param("id", UUID.fromString(resumeId))
            .query(Long.class)
            .single()
        > 0;
  }

  private String uploadAs(String owner, String filename) {
    byte[] unique = (TEXT + "\n" + UUID.randomUUID()).getBytes();
    Api.Response response =
        api.upload("/api/v1/resumes", List.of(Uploads.file(filename, "text/plain", unique)), owner);
    assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
    return response.body().get("id").asString();
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aStoredFileThatVanishedBeforeParsingIsToldInWordsWithAReferenceTheAdminsAndLogResolve(
      CapturedOutput output) throws Exception {
    String name = "slow-1500-vanish-" + UUID.randomUUID() + ".txt";
    UUID owner = UUID.fromString(api.get("/api/v1/me", token).body().get("id").asString());
    EventStream events = EventStream.open(port, token);
    try {
      String id = upload(name);
      assertThat(TestJobs.await(PATIENCE, () -> !processor.starts(name).isEmpty())).isTrue();
      Files.delete(coach.dataDirectory().resolve("blobs/users/" + owner + "/resumes/" + id));

      assertThat(
              TestJobs.await(
                  PATIENCE,
                  () ->
                      events.events().stream()
                          .anyMatch(e -> "RETRY_SCHEDULED".equals(e.get("status").asString()))))
          .isTrue();
      String error =
          events.events().stream()
              .filter(e -> "RETRY_SCHEDULED".equals(e.get("status").asString()))
              .findFirst()
              .orElseThrow()
              .get("error")
              .asString();
      java.util.regex.Matcher reference =
          java.util.regex.Pattern.compile("Reference: ([0-9A-Z]{4}-[0-9A-Z]{4})\\.").matcher(error);
      assertThat(reference.find()).as(error).isTrue();
      assertThat(error)
          .contains("problem on our side")
          .doesNotContain("Exception")
          .doesNotContain("/")
          .doesNotContain("blobs");

      UUID job = jobOf(id);
      Api.Response admin = api.get("/api/v1/admin/jobs?size=100", api.adminToken());
      String lastError = null;
      for (var item : admin.body().get("items")) {
        if (item.get("id").asString().equals(job.toString())) {
          lastError = item.get("lastError").asString();
        }
      }
      assertThat(lastError)
          .as("the admins keep the technical reason under the same reference")
          .contains("reference " + reference.group(1))
          .contains("StorageException")
          .contains("missing");
      assertThat(output.getAll())
          .containsPattern(
              "job_attempt_failed job=" + job + " attempt=1 reference=" + reference.group(1));
    } finally {
      events.close();
    }
  }

  private String status(String id) {
    return api.get("/api/v1/resumes/" + id, token).body().get("status").asString();
  }

  private String upload(String filename) {
    return upload(filename, TEXT.getBytes());
  }

  private String upload(String filename, byte[] bytes) {
    // Each upload differs, so none is answered as a duplicate of another.
    byte[] unique = (new String(bytes) + "\n" + UUID.randomUUID()).getBytes();
    if (new String(bytes).isBlank()) {
      unique = bytes;
    }
    Api.Response response =
        api.upload("/api/v1/resumes", List.of(Uploads.file(filename, "text/plain", unique)), token);
    assertThat(response.status()).as(response.raw().body()).isIn(200, 201);
    return response.body().get("id").asString();
  }

  private boolean parsed(String id) {
    return "PARSED".equals(api.get("/api/v1/resumes/" + id, token).body().get("status").asString());
  }

  private void awaitStatus(String id, String status) {
    awaitStatus(id, status, token);
  }

  private void awaitStatus(String id, String status, String ownerToken) {
    boolean reached =
        TestJobs.await(
            PATIENCE,
            () ->
                status.equals(
                    api.get("/api/v1/resumes/" + id, ownerToken).body().get("status").asString()));
    assertThat(reached).as("resume %s reaches %s; job: %s", id, status, jobRow(jobOf(id))).isTrue();
  }

  private UUID jobOf(String resumeId) {
    return jdbc.sql("select id from parse_jobs where resume_id = :id")
        .param("id", UUID.fromString(resumeId))
        .query(UUID.class)
        .single();
  }

  private Map<String, Object> jobRow(UUID job) {
    return jdbc.sql(
            "select status, attempts, last_error, worker, stream_id, dispatched_at, next_attempt_at, now() as db_now from parse_jobs where id = :id")
        .param("id", job)
        .query()
        .singleRow();
  }

  private String parsedColumn(String resumeId) {
    return jdbc.sql("select parsed::text from resumes where id = :id")
        .param("id", UUID.fromString(resumeId))
        .query((rs, row) -> rs.getString(1))
        .list()
        .get(0);
  }

  private long parsedEmails() {
    return jdbc.sql(
            "select count(*) from email_outbox where to_address = :to and kind = 'RESUME_PARSED'")
        .param("to", email)
        .query(Long.class)
        .single();
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }
}
