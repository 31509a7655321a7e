package org.careercoach.server.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ConsoleClient;
import org.careercoach.server.support.ModelStreams;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.TestJobs;
import org.careercoach.server.support.TestModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Coaching replies end to end: the real server, PostgreSQL for the cache and the budget, and a
 * local server that plays an OpenAI-compatible provider, streaming included.
 */
@ServerIT
class CoachingIT {

  private static final String REPLIES = "/api/v1/coach/replies";

  @LocalServerPort int port;
  @Autowired CoachingUsage usage;
  Api api;
  String token;
  String email;

  @BeforeEach
  void signIn() {
    TestModel.reset();
    api = new Api(port);
    email = Accounts.email("coach");
    token = api.register(email, Accounts.PASSWORD, "Coco Achee").accessToken();
  }

  private static Map<String, String> ask(String task, String material) {
    return Map.of("task", task, "material", material);
  }

  /** The events of a finished stream, as (name, data) pairs. */
  private static List<String[]> events(String sse) {
    List<String[]> events = new ArrayList<>();
    String name = null;
    for (String line : sse.split("\n")) {
      if (line.startsWith("event:")) {
        name = line.substring(6).strip();
      } else if (line.startsWith("data:") && name != null) {
        events.add(new String[] {name, line.substring(5).strip()});
        name = null;
      }
    }
    return events;
  }

  private static JsonNode data(String[] event) {
    return CoachJson.mapper().readTree(event[1]);
  }

  @Test
  void aReplyStreamsAsItIsWrittenAndTheSameQuestionIsPaidForOnce() {
    TestModel.next(
        ModelStreams.streaming(
            ModelStreams.openai(List.of("Led ", "the ", "move."), "stop", 12, 5)));
    String material = "work[0].highlights[0]: Was responsible for the move " + email;

    Api.Response first = api.post(REPLIES, ask("REWRITE", material), token);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.contentType()).startsWith("text/event-stream");
    List<String[]> events = events(first.raw().body());
    assertThat(events).extracting(e -> e[0]).containsExactly("text", "text", "text", "done");
    assertThat(events.subList(0, 3))
        .extracting(e -> data(e).path("text").asString())
        .containsExactly("Led ", "the ", "move.");
    assertThat(data(events.get(3)).path("cached").asBoolean()).isFalse();
    assertThat(data(events.get(3)).path("tokens").asLong()).isEqualTo(17);

    Api.Response again = api.post(REPLIES, ask("REWRITE", material), token);

    List<String[]> cached = events(again.raw().body());
    assertThat(cached).extracting(e -> e[0]).containsExactly("text", "done");
    assertThat(data(cached.get(0)).path("text").asString()).isEqualTo("Led the move.");
    assertThat(data(cached.get(1)).path("cached").asBoolean()).isTrue();
    assertThat(TestModel.requests()).hasSize(1);
    assertThat(api.get("/api/v1/coach/prompts", token).body().path("usedToday").asLong())
        .isEqualTo(17);
  }

  @Test
  void whatIsSentIsTheTasksShownInstructionsAndThePersonsMaterialNothingElse() {
    String material = "Question: Why us?\nAnswer: I like it " + email;

    api.post(REPLIES, ask("ANSWER_FEEDBACK", material), token);

    JsonNode shown = api.get("/api/v1/coach/prompts", token).body();
    JsonNode sent = CoachJson.mapper().readTree(TestModel.requests().get(0).getBody().utf8());
    assertThat(sent.path("model").asString()).isEqualTo("gpt-test");
    assertThat(sent.path("messages").get(0).path("content").asString())
        .isEqualTo(shown.path("instructions").path("ANSWER_FEEDBACK").asString())
        .isEqualTo(CoachingTask.ANSWER_FEEDBACK.instructions());
    assertThat(sent.path("messages").get(1).path("content").asString()).isEqualTo(material);
    assertThat(sent.path("messages")).hasSize(2);
    assertThat(shown.path("model").asString()).isEqualTo("openai:gpt-test");
    assertThat(shown.path("dailyTokens").asLong()).isEqualTo(TestModel.DAILY_TOKENS);
    assertThat(shown.path("otherUses"))
        .as("this server reads uploads without a model, so nothing else is sent to one")
        .isEmpty();
  }

  @Test
  void pastTheDaysBudgetNothingIsSentButWhatWasPaidForIsStillThere() {
    TestModel.next(
        ModelStreams.streaming(ModelStreams.openai(List.of("Long answer."), "stop", 2_000, 500)));
    String paid = "A first question " + email;
    api.post(REPLIES, ask("INTERVIEW_QUESTIONS", paid), token);

    Api.Response refused = api.post(REPLIES, ask("INTERVIEW_QUESTIONS", "Another " + email), token);

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body().path("detail").asString())
        .startsWith("Today's coaching budget of 2000 tokens is used up. It renews at midnight UTC");
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 86_400L);
    assertThat(TestModel.requests()).hasSize(1);
    assertThat(events(api.post(REPLIES, ask("INTERVIEW_QUESTIONS", paid), token).raw().body()))
        .extracting(e -> e[0])
        .containsExactly("text", "done");
  }

  @Test
  void aCutStreamSaysSoAndIsNotCachedSoAskingAgainStartsAfresh() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      many.add("piece" + i + " ");
    }
    TestModel.next(ModelStreams.cut(ModelStreams.openai(many, "stop", 10, 400)));
    String material = "Cut me " + email;

    List<String[]> events = events(api.post(REPLIES, ask("REWRITE", material), token).raw().body());

    String[] last = events.get(events.size() - 1);
    assertThat(last[0]).isEqualTo("failed");
    assertThat(data(last).path("reason").asString()).isEqualTo("CUT");
    assertThat(data(last).path("message").asString())
        .isEqualTo("The reply was cut off; ask again to get it whole.");
    assertThat(events.get(0)[0]).isEqualTo("text");

    List<String[]> again = events(api.post(REPLIES, ask("REWRITE", material), token).raw().body());
    assertThat(again.get(again.size() - 1)[0]).isEqualTo("done");
    assertThat(TestModel.requests()).hasSize(2);
  }

  @Test
  void aModelStillOverloadedAfterRetriesIsReportedBusy() {
    for (int i = 0; i < 3; i++) {
      TestModel.next(ModelStreams.status(429));
    }

    List<String[]> events =
        events(api.post(REPLIES, ask("REWRITE", "Busy " + email), token).raw().body());

    assertThat(events).hasSize(1);
    assertThat(events.get(0)[0]).isEqualTo("failed");
    assertThat(data(events.get(0)).path("reason").asString()).isEqualTo("BUSY");
    assertThat(TestModel.requests()).hasSize(3);
  }

  @Test
  void stopEndsTheModelsStreamChargesWhatWasWrittenAndCachesNothing() throws Exception {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      many.add("slow" + i + " ");
    }
    TestModel.next(
        new MockResponse.Builder()
            .addHeader("content-type", "text/event-stream")
            .body(ModelStreams.openai(many, "stop", 10, 9_999))
            .throttleBody(512, 100, TimeUnit.MILLISECONDS)
            .build());
    String material = "Stop me " + email;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + REPLIES))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    CoachJson.mapper().writeValueAsString(ask("REWRITE", material))))
            .build();
    HttpResponse<InputStream> stream =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = stream.body()) {
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
      String line;
      do {
        line = lines.readLine();
      } while (line != null && !line.startsWith("data:"));
      assertThat(line).contains("slow0");
    } // Stop: the app closes the stream.

    UUID user = UUID.fromString(api.get("/api/v1/me", token).body().path("id").asString());
    assertThat(TestJobs.await(Duration.ofSeconds(20), () -> usage.today(user) > 0)).isTrue();
    assertThat(usage.today(user))
        .as("charged for what was written, not the 9,999 of a whole reply")
        .isLessThan(1_000);
    TestModel.next(ModelStreams.streaming(ModelStreams.openai(List.of("Whole."), "stop", 10, 2)));
    List<String[]> again = events(api.post(REPLIES, ask("REWRITE", material), token).raw().body());
    assertThat(again).extracting(e -> e[0]).containsExactly("text", "done");
    assertThat(data(again.get(1)).path("cached").asBoolean()).isFalse();
  }

  @Test
  void badRequestsAreRefusedWithTheirReasonAndSendNothing() {
    assertThat(api.post(REPLIES, Map.of("material", "x"), token).status()).isEqualTo(400);
    assertThat(api.post(REPLIES, ask("REWRITE", " "), token).body().path("detail").asString())
        .isEqualTo("material: must not be empty");
    assertThat(api.post(REPLIES, ask("WRITE_MY_NOVEL", "x"), token).status()).isEqualTo(400);
    assertThat(
            api.post(REPLIES, ask("REWRITE", "x".repeat(60_001)), token)
                .body()
                .path("detail")
                .asString())
        .isEqualTo("material: is longer than 60000 characters");
    assertThat(api.post(REPLIES, ask("REWRITE", "x"), null).status()).isEqualTo(401);
    assertThat(TestModel.requests()).isEmpty();
  }

  @Test
  void adminsSeeEachPersonsUseAndOthersDoNot() {
    api.post(REPLIES, ask("REWRITE", "Usage " + email), token);

    Api.Response forAdmin = api.get("/api/v1/admin/coaching-usage", api.adminToken());
    Api.Response forUser = api.get("/api/v1/admin/coaching-usage", token);

    assertThat(forAdmin.status()).isEqualTo(200);
    JsonNode mine = null;
    for (JsonNode day : forAdmin.body()) {
      if (day.path("email").asString().equals(email)) {
        mine = day;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.path("tokens").asLong()).isEqualTo(25);
    assertThat(mine.path("replies").asInt()).isEqualTo(1);
    assertThat(forUser.status()).isEqualTo(403);

    ConsoleClient console = new ConsoleClient(port);
    console.signIn(ServerIT.ADMIN_EMAIL, ServerIT.ADMIN_PASSWORD);
    ConsoleClient.Page page = console.get("/admin/coaching?days=1");
    assertThat(page.status()).isEqualTo(200);
    String body = page.body();
    int at = body.indexOf(">" + email + "</a>");
    assertThat(at).as("listed").isPositive();
    String row = body.substring(at, body.indexOf("</tr>", at));
    assertThat(row.replaceAll("<[^>]+>", " ").trim().split("\\s+"))
        .as("email, tokens, replies, today")
        .startsWith(">" + email, "25", "1", "25");
    assertThat(body)
        .contains("openai:gpt-test")
        .contains(String.format(java.util.Locale.ROOT, "%,d", TestModel.DAILY_TOKENS));
  }
}
