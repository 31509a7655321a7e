package org.careercoach.server.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.PartialDate;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The AI parser against a local server that plays Anthropic's Messages API. */
class ClaudeResumeParserTest {

  private static final String TEXT =
      "Ana Maria Silva\nana@example.com\n\nExperience\nAcme | Senior Engineer\nJan 2019 - Present\n";

  private final MockWebServer anthropic = new MockWebServer();
  private ResumeParser parser;

  @BeforeEach
  void start() throws Exception {
    anthropic.start();
    ClaudeResumeParser claude =
        new ClaudeResumeParser(
            "sk-test", "claude-test", anthropic.url("/").toString(), Duration.ofSeconds(2));
    parser = new ResumeParser(Duration.ofSeconds(10), Optional.of(claude));
  }

  @AfterEach
  void stop() {
    anthropic.close();
  }

  @Test
  void usesClaudesAnswerAndSendsTheMessagesApiRequest() throws Exception {
    anthropic.enqueue(
        answer(
            "{\"basics\":{\"name\":\"Ana Maria Silva\",\"label\":\"Engineer from Claude\"},"
                + "\"work\":[{\"name\":\"Acme\",\"position\":\"Senior Engineer\",\"startDate\":\"Jan 2019\"}]}",
            "end_turn"));

    Resume resume = parse();

    assertThat(resume.basics().label()).isEqualTo("Engineer from Claude");
    assertThat(resume.work().get(0).startDate())
        .as("repaired to ISO")
        .isEqualTo(PartialDate.ofMonth(2019, 1));
    RecordedRequest request = anthropic.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/messages");
    assertThat(request.getHeaders().get("x-api-key")).isEqualTo("sk-test");
    assertThat(request.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
    JsonNode body = CoachJson.mapper().readTree(request.getBody().utf8());
    assertThat(body.get("model").asString()).isEqualTo("claude-test");
    assertThat(body.at("/messages/0/content").asString()).contains("Ana Maria Silva");
  }

  @Test
  void theSameTextIsNeverPaidForTwice() {
    anthropic.enqueue(
        answer("{\"basics\":{\"name\":\"Ana Maria Silva\",\"label\":\"Cached\"}}", "end_turn"));

    parse();
    Resume again = parse();

    assertThat(again.basics().label()).isEqualTo("Cached");
    assertThat(anthropic.getRequestCount()).isEqualTo(1);
  }

  @Test
  void rateLimitedFallsBackToTheHeuristicResult() {
    anthropic.enqueue(new MockResponse.Builder().code(429).addHeader("retry-after", "30").build());

    assertHeuristic(parse());
  }

  @Test
  void overloadedFallsBackToTheHeuristicResult() {
    anthropic.enqueue(
        new MockResponse.Builder()
            .code(529)
            .body("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\"}}")
            .build());

    assertHeuristic(parse());
  }

  @Test
  void malformedJsonFallsBack() {
    anthropic.enqueue(answer("Here is the resume: {\"basics\": {\"name\": ", "end_turn"));

    assertHeuristic(parse());
  }

  @Test
  void aTruncatedAnswerFallsBack() {
    anthropic.enqueue(
        answer(
            "{\"basics\":{\"name\":\"Ana Maria Silva\"},\"work\":[{\"name\":\"Ac", "max_tokens"));

    assertHeuristic(parse());
  }

  @Test
  void anAnswerThatIsNotJsonResumeFallsBack() {
    anthropic.enqueue(answer("{\"basics\":{\"name\":42},\"work\":\"many\"}", "end_turn"));

    assertHeuristic(parse());
  }

  @Test
  void aSlowAnswerFallsBackInTime() {
    anthropic.enqueue(
        answer("{\"basics\":{\"label\":\"too late\"}}", "end_turn")
            .newBuilder()
            .headersDelay(5, TimeUnit.SECONDS)
            .build());
    long start = System.nanoTime();

    assertHeuristic(parse());
    assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(4).toNanos());
  }

  private Resume parse() {
    return parser.parse(TEXT.getBytes(StandardCharsets.UTF_8), "cv.txt");
  }

  private static void assertHeuristic(Resume resume) {
    assertThat(resume.basics().name()).isEqualTo("Ana Maria Silva");
    assertThat(resume.basics().email()).isEqualTo("ana@example.com");
    assertThat(resume.meta().extensions().get("x-careercoach").get("parser").asString())
        .isEqualTo("heuristic");
  }

  private static MockResponse answer(String text, String stopReason) {
    String body =
        "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-test\","
            + "\"content\":[{\"type\":\"text\",\"text\":"
            + CoachJson.mapper().writeValueAsString(text)
            + "}],"
            + "\"stop_reason\":\""
            + stopReason
            + "\",\"usage\":{\"input_tokens\":10,\"output_tokens\":10}}";
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }
}
