package org.careercoach.server.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.careercoach.server.support.ModelStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both providers through their real SDKs against a local server that plays the provider's API,
 * streaming events included: replies, 429/529 retried, a stream cut half way, Stop.
 */
class ChatModelTest {

  private static final ChatModel.Prompt PROMPT = new ChatModel.Prompt("Be brief.", "Hello?", 200);

  private final MockWebServer provider = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    provider.start();
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  private ChatModel model(String which) {
    String url = provider.url("/").toString();
    return which.equals("anthropic")
        ? new AnthropicChat("sk-test", url, "claude-test", 2, Duration.ofSeconds(10))
        : new OpenAiChat("sk-test", url + "v1", "gpt-test", 2, Duration.ofSeconds(10));
  }

  private static String reply(String which, List<String> pieces) {
    return which.equals("anthropic")
        ? ModelStreams.anthropic(pieces, "end_turn", 12, 7)
        : ModelStreams.openai(pieces, "stop", 12, 7);
  }

  @ParameterizedTest
  @ValueSource(strings = {"anthropic", "openai"})
  void aReplyArrivesPieceByPieceWithItsTokenCounts(String which) throws Exception {
    provider.enqueue(ModelStreams.streaming(reply(which, List.of("Led ", "the ", "move."))));
    List<String> pieces = new ArrayList<>();

    ChatModel.Reply reply = model(which).write(PROMPT, pieces::add, () -> false);

    assertThat(pieces).containsExactly("Led ", "the ", "move.");
    assertThat(reply).isEqualTo(new ChatModel.Reply("Led the move.", 12, 7, true));
    RecordedRequest sent = provider.takeRequest(5, TimeUnit.SECONDS);
    String body = sent.getBody().utf8();
    assertThat(body).contains("Be brief.").contains("Hello?").contains("\"stream\":true");
    assertThat(sent.getTarget())
        .isEqualTo(which.equals("anthropic") ? "/v1/messages" : "/v1/chat/completions");
  }

  @ParameterizedTest
  @ValueSource(strings = {"anthropic", "openai"})
  void rateLimitedAndOverloadedAnswersAreRetriedBeforeTheReplyStarts(String which) {
    provider.enqueue(ModelStreams.status(429));
    provider.enqueue(ModelStreams.status(which.equals("anthropic") ? 529 : 503));
    provider.enqueue(ModelStreams.streaming(reply(which, List.of("ok"))));

    ChatModel.Reply reply = model(which).write(PROMPT, piece -> {}, () -> false);

    assertThat(reply.text()).isEqualTo("ok");
    assertThat(provider.getRequestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"anthropic", "openai"})
  void stillOverloadedAfterTheRetriesIsBusy(String which) {
    for (int i = 0; i < 3; i++) {
      provider.enqueue(ModelStreams.status(which.equals("anthropic") ? 529 : 429));
    }

    assertThatThrownBy(() -> model(which).write(PROMPT, piece -> {}, () -> false))
        .isInstanceOfSatisfying(
            ModelException.class, e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.BUSY));
    assertThat(provider.getRequestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"anthropic", "openai"})
  void aStreamBrokenHalfWayIsReportedCutAfterThePiecesThatCame(String which) {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      many.add("word" + i + " ");
    }
    provider.enqueue(ModelStreams.cut(reply(which, many)));
    List<String> pieces = new ArrayList<>();

    assertThatThrownBy(() -> model(which).write(PROMPT, pieces::add, () -> false))
        .isInstanceOfSatisfying(
            ModelException.class, e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.CUT));
    assertThat(pieces).isNotEmpty().hasSizeLessThan(400);
    assertThat(provider.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"anthropic", "openai"})
  void stopEndsTheReplyAtOnceAndItIsNotComplete(String which) {
    provider.enqueue(ModelStreams.streaming(reply(which, List.of("one ", "two ", "three"))));
    List<String> pieces = new ArrayList<>();

    ChatModel.Reply reply = model(which).write(PROMPT, pieces::add, () -> !pieces.isEmpty());

    assertThat(pieces).containsExactly("one ");
    assertThat(reply.complete()).isFalse();
    assertThat(reply.text()).isEqualTo("one ");
  }

  @Test
  void aRefusedKeyFailsWithoutRetrying() {
    provider.enqueue(ModelStreams.status(401));

    assertThatThrownBy(() -> model("anthropic").write(PROMPT, piece -> {}, () -> false))
        .isInstanceOfSatisfying(
            ModelException.class, e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.FAILED));
    assertThat(provider.getRequestCount()).isEqualTo(1);
  }
}
