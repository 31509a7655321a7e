package org.careercoach.server.resumes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.events.SseClient;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.TestJobs;
import org.careercoach.server.support.Uploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * POST /api/v1/resumes/{id}/reparse: the file is read again by a new job whose progress the owner
 * sees on /events, with no second "parsed" email; busy, foreign, deleted and too frequent requests
 * are refused with words and change nothing.
 */
@ServerIT
class ReparseIT {

  private static final String TEXT =
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
  @Autowired UploadLimits limits;
  @Autowired UploadProperties properties;
  Api api;
  String token;
  String email;
  UUID owner;

  @BeforeEach
  void signIn() {
    api = new Api(port);
    email = Accounts.email("reparse");
    token = api.register(email, Accounts.PASSWORD, "Rea Reparse").accessToken();
    owner = UUID.fromString(api.get("/api/v1/me", token).body().get("id").asString());
  }

  @AfterEach
  void openGate() {
    processor.openGate();
  }

  @Test
  void aParsedFileIsReadAgainByANewJobSeenOnTheEventStreamWithoutASecondEmail() {
    String id = upload("held-cv.txt");
    awaitStatus(id, "PARSED");
    assertThat(parsedEmails()).isEqualTo(1);
    UUID firstJob = jobOf(id);

    try (SseClient events = SseClient.open(port, token)) {
      processor.closeGate();
      Api.Response queued = reparse(id, token);

      assertThat(queued.status()).as(queued.raw().body()).isEqualTo(202);
      assertThat(queued.body().get("id").asString()).isEqualTo(id);
      assertThat(queued.body().get("status").asString()).isEqualTo("QUEUED");
      assertThat(queued.body().hasNonNull("error")).isFalse();
      UUID secondJob = jobOf(id);
      assertThat(secondJob).as("a new job replaced the finished one").isNotEqualTo(firstJob);
      assertThat(api.get("/api/v1/resumes/" + id + "/parsed", token).status())
          .as("the parsed form waits for the new parse")
          .isEqualTo(409);
      Api.Response busy = reparse(id, token);
      assertThat(busy.status()).isEqualTo(409);
      assertThat(busy.body().get("type").asString())
          .isEqualTo("urn:careercoach:problem:resume-busy");
      assertThat(jobOf(id)).as("the busy request queued nothing").isEqualTo(secondJob);

      processor.openGate();
      awaitStatus(id, "PARSED");
      events.await(
          () -> jobStates(events, secondJob).contains("SUCCEEDED/1"),
          PATIENCE,
          "the new job's success on /events");
      assertThat(jobStates(events, secondJob))
          .containsExactly("QUEUED/0", "PROCESSING/1", "SUCCEEDED/1");
    }
    Api.Response parsed = api.get("/api/v1/resumes/" + id + "/parsed", token);
    assertThat(parsed.status()).isEqualTo(200);
    assertThat(parsed.body().at("/basics/name").asString()).isEqualTo("Ana Maria Silva");
    assertThat(processor.starts("held-cv.txt")).hasSize(2);
    assertThat(parsedEmails()).as("no second \"parsed\" email").isEqualTo(1);
    assertThat(jobsOf(id)).isEqualTo(1);
  }

  @Test
  void whileAFileIsWaitingOrBeingReadItIsA409InWordsAndNothingChanges() {
    processor.closeGate();
    String id = upload("held-busy.txt");
    UUID job = jobOf(id);

    Api.Response busy = reparse(id, token);

    assertThat(busy.status()).isEqualTo(409);
    assertThat(busy.body().get("type").asString()).isEqualTo("urn:careercoach:problem:resume-busy");
    assertThat(busy.body().get("detail").asString())
        .containsPattern("This resume is (waiting to be read|being read) now")
        .contains("once it is read or has failed");
    assertThat(jobOf(id)).isEqualTo(job);
    processor.openGate();
    awaitStatus(id, "PARSED");
    assertThat(processor.starts("held-busy.txt")).hasSize(1);
  }

  @Test
  void anotherUsersDeletedOrUnknownResumeIsA404AndNothingChanges() {
    String id = upload("mine.txt");
    awaitStatus(id, "PARSED");
    UUID job = jobOf(id);
    String other = api.register(Accounts.email("intruder"), Accounts.PASSWORD, "I").accessToken();

    Api.Response foreign = reparse(id, other);

    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.body().get("type").asString())
        .isEqualTo("urn:careercoach:problem:resume-not-found");
    assertThat(status(id)).isEqualTo("PARSED");
    assertThat(jobOf(id)).isEqualTo(job);
    assertThat(reparse(UUID.randomUUID().toString(), token).status()).isEqualTo(404);

    assertThat(api.delete("/api/v1/resumes/" + id, Map.of(), token).status()).isEqualTo(204);
    assertThat(reparse(id, token).status()).as("a deleted resume").isEqualTo(404);
    assertThat(jobsOf(id)).isZero();
  }

  @Test
  void pastTheHourlyAllowanceItIsA429WithRetryAfterAndNothingChanges() {
    String id = upload("often.txt");
    awaitStatus(id, "PARSED");
    UUID job = jobOf(id);
    // The allowance used up, as that many requests within the hour would.
    for (int i = 0; i < properties.reparsesPerHour(); i++) {
      limits.countReparse(owner);
    }

    Api.Response refused = reparse(id, token);

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body().get("type").asString())
        .isEqualTo("urn:careercoach:problem:rate-limited");
    assertThat(refused.body().get("detail").asString())
        .contains(
            "You have asked for files to be read again "
                + properties.reparsesPerHour()
                + " times within the last hour")
        .contains("You can ask again in");
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
    assertThat(status(id)).isEqualTo("PARSED");
    assertThat(jobOf(id)).isEqualTo(job);
  }

  @Test
  void aFileWhoseParseDiedIsReadAgainAndItsFirstSuccessSendsTheEmail() {
    String name = "poison-again.txt";
    String id = upload(name);
    awaitStatus(id, "FAILED");
    assertThat(api.get("/api/v1/resumes/" + id, token).body().get("error").asString())
        .contains("problem on our side");
    assertThat(jobState(id)).isEqualTo("DEAD");
    assertThat(parsedEmails()).isZero();
    processor.cure(name);

    Api.Response queued = reparse(id, token);

    assertThat(queued.status()).isEqualTo(202);
    assertThat(queued.body().get("status").asString()).isEqualTo("QUEUED");
    assertThat(queued.body().hasNonNull("error")).as("the old error is cleared").isFalse();
    awaitStatus(id, "PARSED");
    assertThat(jobState(id)).isEqualTo("SUCCEEDED");
    assertThat(jobsOf(id)).as("the dead letter was replaced").isEqualTo(1);
    assertThat(parsedEmails()).as("its first successful parse").isEqualTo(1);

    // Read once more: still that one email.
    assertThat(reparse(id, token).status()).isEqualTo(202);
    awaitStatus(id, "PARSED");
    assertThat(processor.starts(name)).hasSize(5);
    assertThat(parsedEmails()).isEqualTo(1);
  }

  @Test
  void badInputIsAClearProblem() {
    Api.Response notAnId = reparse("not-a-uuid", token);
    assertThat(notAnId.status()).isEqualTo(400);
    assertThat(notAnId.body().get("type").asString())
        .isEqualTo("urn:careercoach:problem:validation");
    assertThat(notAnId.body().get("detail").asString())
        .startsWith("id: must be an id such as")
        .doesNotContain("not-a-uuid");

    String id = upload("anon.txt");
    Api.Response anonymous = reparse(id, null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).contains("application/problem+json");
  }

  private Api.Response reparse(String id, String accessToken) {
    return api.post("/api/v1/resumes/" + id + "/reparse", Map.of(), accessToken);
  }

  private String upload(String filename) {
    byte[] unique = (TEXT + "\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    Api.Response response =
        api.upload("/api/v1/resumes", List.of(Uploads.file(filename, "text/plain", unique)), token);
    assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
    return response.body().get("id").asString();
  }

  private String status(String id) {
    return api.get("/api/v1/resumes/" + id, token).body().get("status").asString();
  }

  private void awaitStatus(String id, String status) {
    assertThat(TestJobs.await(PATIENCE, () -> status.equals(status(id))))
        .as("resume %s reaches %s", id, status)
        .isTrue();
  }

  /** The states of one job as /events showed them, as status/attempt. */
  private static List<String> jobStates(SseClient events, UUID job) {
    List<String> lines = events.lines();
    List<String> states = new ArrayList<>();
    String name = null;
    for (String line : lines) {
      if (line.startsWith("event:")) {
        name = line.substring(6).strip();
      } else if (line.isEmpty()) {
        name = null;
      } else if (line.startsWith("data:") && "job".equals(name)) {
        JsonNode event = CoachJson.mapper().readTree(line.substring(5).strip());
        if (event.get("jobId").asString().equals(job.toString())) {
          states.add(event.get("status").asString() + "/" + event.get("attempt").asInt());
        }
      }
    }
    return states;
  }

  private UUID jobOf(String resumeId) {
    return jdbc.sql("select id from parse_jobs where resume_id = :id")
        .param("id", UUID.fromString(resumeId))
        .query(UUID.class)
        .single();
  }

  private String jobState(String resumeId) {
    return jdbc.sql("select status from parse_jobs where resume_id = :id")
        .param("id", UUID.fromString(resumeId))
        .query(String.class)
        .single();
  }

  private long jobsOf(String resumeId) {
    return jdbc.sql("select count(*) from parse_jobs where resume_id = :id")
        .param("id", UUID.fromString(resumeId))
        .query(Long.class)
        .single();
  }

  private long parsedEmails() {
    return jdbc.sql(
            "select count(*) from email_outbox where to_address = :to and kind = 'RESUME_PARSED'")
        .param("to", email)
        .query(Long.class)
        .single();
  }
}
