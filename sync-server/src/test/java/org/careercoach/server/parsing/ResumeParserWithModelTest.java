package org.careercoach.server.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.PartialDate;
import org.careercoach.model.resume.Resume;
import org.careercoach.server.ai.AiProperties;
import org.careercoach.server.ai.FolderAnswerCache;
import org.careercoach.server.ai.ModelClient;
import org.careercoach.server.ai.ModelUse;
import org.careercoach.server.parsing.aireader.ModelReader;
import org.careercoach.server.support.ModelStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The AI parser against a local server that plays Anthropic's Messages API, streaming. */
class ResumeParserWithModelTest {

  private static final String TEXT =
      "Ana Maria Silva\nana@example.com\n\nExperience\nAcme | Senior Engineer\nJan 2019 - Present\n";

  private final MockWebServer anthropic = new MockWebServer();
  @TempDir Path answers;
  private ResumeParser parser;

  @BeforeEach
  void start() throws Exception {
    anthropic.start();
    parser = newParser();
  }

  /** A parser as a fresh process would make it, sharing only the folder of answers. */
  private ResumeParser newParser() {
    ModelClient model =
        ModelClient.anthropic(
            new AiProperties("sk-test", "claude-test", anthropic.url("/").toString()),
            Duration.ofSeconds(2),
            new FolderAnswerCache(answers));
    return new ResumeParser(Duration.ofSeconds(10), Optional.of(model));
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
    // Its fields are found in the document's lines as the heuristic parser's are; what it wrote
    // that the document does not say is not found, and less sure.
    var provenance = org.careercoach.model.api.ParseProvenance.of(resume).orElseThrow();
    assertThat(provenance.parser()).isEqualTo("anthropic:claude-test");
    assertThat(provenance.lines()).isNotEmpty();
    assertThat(provenance.fields().get("basics.name").line()).isEqualTo(1);
    assertThat(provenance.fields().get("basics.label").line()).isNull();
    assertThat(provenance.fields().get("basics.label").confidence())
        .isLessThan(provenance.fields().get("basics.name").confidence());
    RecordedRequest request = anthropic.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/messages");
    // The official SDK sends the key as a bearer token, with the API version it was made for.
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk-test");
    assertThat(request.getHeaders().get("anthropic-version")).matches("\\d{4}-\\d{2}-\\d{2}");
    JsonNode body = CoachJson.mapper().readTree(request.getBody().utf8());
    assertThat(body.get("model").asString()).isEqualTo("claude-test");
    assertThat(body.at("/messages/0/content").asString()).contains("Ana Maria Silva");
  }

  @Test
  void whatPeopleAreShownIsExactlyWhatIsSent() throws Exception {
    anthropic.enqueue(answer("{\"basics\":{\"name\":\"Ana Maria Silva\"}}", "end_turn"));
    ModelClient model =
        ModelClient.anthropic(
            new AiProperties("sk-test", "claude-test", anthropic.url("/").toString()),
            Duration.ofSeconds(2),
            new FolderAnswerCache(answers));

    parse();
    ModelUse shown = ModelReader.disclosed(Optional.of(model));

    JsonNode body = CoachJson.mapper().readTree(anthropic.takeRequest().getBody().utf8());
    assertThat(shown.active()).isTrue();
    assertThat(shown.model()).isEqualTo("anthropic:claude-test");
    assertThat(body.get("system").asString()).isEqualTo(shown.instructions());
    assertThat(body.at("/messages/0/content").asString())
        .startsWith(ModelReader.MATERIAL_HEADING)
        .contains("ana@example.com", "Acme | Senior Engineer");
    assertThat(shown.material()).contains("Resume text:");
    assertThat(body.get("messages")).hasSize(1);
    assertThat(ModelReader.disclosed(Optional.empty()).active())
        .as("without a model nothing is sent, and nothing is shown as sent")
        .isFalse();
  }

  @Test
  void theSameTextIsNeverPaidForTwice() {
    anthropic.enqueue(
        answer("{\"basics\":{\"name\":\"Ana Maria Silva\",\"label\":\"Cached\"}}", "end_turn"));

    parse();
    Resume again = parse();
    parser = newParser();
    Resume afterRestart = parse();

    assertThat(again.basics().label()).isEqualTo("Cached");
    assertThat(afterRestart.basics().label()).isEqualTo("Cached");
    assertThat(anthropic.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aDamagedCacheEntryCostsOneMoreCallNotAFailure() throws Exception {
    anthropic.enqueue(
        answer("{\"basics\":{\"name\":\"Ana Maria Silva\",\"label\":\"First\"}}", "end_turn"));
    anthropic.enqueue(
        answer("{\"basics\":{\"name\":\"Ana Maria Silva\",\"label\":\"Second\"}}", "end_turn"));
    parse();
    try (var entries = Files.list(answers)) {
      for (Path entry : entries.toList()) {
        Files.writeString(entry, "{\"basics\": trunc");
      }
    }

    Resume resume = parse();

    assertThat(resume.basics().label()).isEqualTo("Second");
    assertThat(anthropic.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aFailedAnswerIsNotCached() {
    anthropic.enqueue(new MockResponse.Builder().code(529).build());
    anthropic.enqueue(
        answer("{\"basics\":{\"name\":\"Ana Maria Silva\",\"label\":\"Later\"}}", "end_turn"));

    Resume fallback = parse();
    Resume later = parse();

    assertThat(fallback.basics().label()).isNotEqualTo("Later");
    assertThat(later.basics().label()).isEqualTo("Later");
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

  /** Claude's streamed answer, as the Messages API sends it. */
  private static MockResponse answer(String text, String stopReason) {
    return ModelStreams.streaming(ModelStreams.anthropic(List.of(text), stopReason, 10, 10));
  }
}
