package org.careercoach.server.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.support.ModelStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The model client against a local server that plays Anthropic's Messages API. */
class ModelClientTest {

  private final MockWebServer anthropic = new MockWebServer();
  @TempDir Path answers;

  @BeforeEach
  void start() throws Exception {
    anthropic.start();
  }

  @AfterEach
  void stop() {
    anthropic.close();
  }

  private ModelClient client(String model) {
    return ModelClient.anthropic(
        new AiProperties("sk-test", model, anthropic.url("/").toString()),
        Duration.ofSeconds(2),
        new FolderAnswerCache(answers));
  }

  private static Optional<JsonNode> readObject(String text) {
    JsonNode tree = CoachJson.mapper().readTree(text);
    return tree.isObject() ? Optional.of(tree) : Optional.empty();
  }

  @Test
  void theCacheKeyIsTheModelAndThePromptNotJustTheSystemText() throws Exception {
    anthropic.enqueue(answer("{\"n\":1}"));
    anthropic.enqueue(answer("{\"n\":2}"));
    anthropic.enqueue(answer("{\"n\":3}"));

    ModelClient client = client("claude-a");
    JsonNode first =
        client.askJson("sys", "one", JsonNode.class, ModelClientTest::readObject).get();
    JsonNode again =
        client.askJson("sys", "one", JsonNode.class, ModelClientTest::readObject).get();
    JsonNode other =
        client.askJson("sys", "two", JsonNode.class, ModelClientTest::readObject).get();
    JsonNode otherModel =
        client("claude-b").askJson("sys", "one", JsonNode.class, ModelClientTest::readObject).get();

    assertThat(first.get("n").asInt()).isEqualTo(1);
    assertThat(again.get("n").asInt()).as("from the cache").isEqualTo(1);
    assertThat(other.get("n").asInt()).isEqualTo(2);
    assertThat(otherModel.get("n").asInt()).isEqualTo(3);
    assertThat(anthropic.getRequestCount()).isEqualTo(3);
    JsonNode sent = CoachJson.mapper().readTree(anthropic.takeRequest().getBody().utf8());
    assertThat(sent.get("system").asString()).isEqualTo("sys");
    assertThat(sent.at("/messages/0/content").asString()).isEqualTo("one");
  }

  @Test
  void anOpenAiCompatibleServerReadsTooWhenItIsTheConfiguredProvider() throws Exception {
    try (MockWebServer local = new MockWebServer()) {
      local.start();
      local.enqueue(
          ModelStreams.streaming(ModelStreams.openai(List.of("{\"n\":", "7}"), "stop", 5, 3)));
      ChatProperties settings =
          ChatProperties.fromEnvironment(
              Map.of(
                  "COACH_AI_PROVIDER", "openai", "OPENAI_BASE_URL", local.url("/v1").toString()));
      ModelClient client =
          new ModelClient(
              ModelProvider.chat(
                      AiProperties.fromEnvironment(Map.of()), settings, 0, Duration.ofSeconds(2))
                  .orElseThrow(),
              new FolderAnswerCache(answers));

      Optional<JsonNode> answer =
          client.askJson("sys", "one", JsonNode.class, ModelClientTest::readObject);

      assertThat(client.name()).isEqualTo("openai:gpt-4o-mini");
      assertThat(answer.orElseThrow().get("n").asInt()).isEqualTo(7);
      JsonNode sent = CoachJson.mapper().readTree(local.takeRequest().getBody().utf8());
      assertThat(sent.at("/messages/0/content").asString()).isEqualTo("sys");
      assertThat(sent.at("/messages/1/content").asString()).isEqualTo("one");
    }
  }

  @Test
  void theCommandLineFindsTheProviderTheServerWouldUseAndHonoursTheSwitch() {
    Map<String, String> openai =
        Map.of(
            "COACH_AI_PROVIDER", "openai",
            "OPENAI_BASE_URL", anthropic.url("/v1").toString(),
            "COACH_DATA_DIR", answers.toString());

    assertThat(ModelClient.fromEnvironment(openai).map(ModelClient::name))
        .contains("openai:gpt-4o-mini");
    Map<String, String> off = new java.util.HashMap<>(openai);
    off.put("COACH_AI_PARSE_UPLOADS", "false");
    assertThat(ModelClient.fromEnvironment(off)).isEmpty();
    assertThat(
            ModelClient.fromEnvironment(
                    Map.of("ANTHROPIC_API_KEY", "sk", "COACH_DATA_DIR", answers.toString()))
                .map(ModelClient::name))
        .contains("anthropic:claude-sonnet-4-5");
  }

  @Test
  void anAnswerTheReaderRejectsIsNotCached() {
    anthropic.enqueue(answer("[1, 2]"));
    anthropic.enqueue(answer("{\"n\":2}"));
    ModelClient client = client("claude-a");

    Optional<JsonNode> rejected =
        client.askJson("sys", "one", JsonNode.class, ModelClientTest::readObject);
    Optional<JsonNode> accepted =
        client.askJson("sys", "one", JsonNode.class, ModelClientTest::readObject);

    assertThat(rejected).isEmpty();
    assertThat(accepted.get().get("n").asInt()).isEqualTo(2);
    assertThat(anthropic.getRequestCount()).isEqualTo(2);
  }

  private static MockResponse answer(String text) {
    return ModelStreams.streaming(ModelStreams.anthropic(List.of(text), "end_turn", 10, 10));
  }
}
