package org.careercoach.server.support;

import java.util.List;
import java.util.Locale;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/**
 * Streamed replies as Anthropic's Messages API and OpenAI's chat completions write them (the
 * Server-Sent Events each SDK reads), for local servers that play the providers in tests.
 */
public final class ModelStreams {

  private ModelStreams() {}

  /** Anthropic: the pieces as text deltas, then a stop reason and the token counts. */
  public static String anthropic(List<String> pieces, String stopReason, int input, int output) {
    StringBuilder sse = new StringBuilder();
    event(
        sse,
        "message_start",
        "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_test\",\"type\":\"message\","
            + "\"role\":\"assistant\",\"model\":\"claude-test\",\"content\":[],\"stop_reason\":null,"
            + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":"
            + input
            + ",\"output_tokens\":1}}}");
    event(
        sse,
        "content_block_start",
        "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}");
    for (String piece : pieces) {
      event(
          sse,
          "content_block_delta",
          "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":"
              + json(piece)
              + "}}");
    }
    event(sse, "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}");
    event(
        sse,
        "message_delta",
        "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\""
            + stopReason
            + "\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":"
            + output
            + "}}");
    event(sse, "message_stop", "{\"type\":\"message_stop\"}");
    return sse.toString();
  }

  /** OpenAI: the pieces as content deltas, a finish reason, then the usage chunk and [DONE]. */
  public static String openai(
      List<String> pieces, String finishReason, int prompt, int completion) {
    StringBuilder sse = new StringBuilder();
    for (String piece : pieces) {
      data(
          sse,
          chunk(
              "[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":"
                  + json(piece)
                  + "},"
                  + "\"finish_reason\":null}]",
              ""));
    }
    data(sse, chunk("[{\"index\":0,\"delta\":{},\"finish_reason\":\"" + finishReason + "\"}]", ""));
    data(
        sse,
        chunk(
            "[]",
            ",\"usage\":{\"prompt_tokens\":"
                + prompt
                + ",\"completion_tokens\":"
                + completion
                + ",\"total_tokens\":"
                + (prompt + completion)
                + "}"));
    sse.append("data: [DONE]\n\n");
    return sse.toString();
  }

  /** A 200 whose body is {@code sse}. */
  public static MockResponse streaming(String sse) {
    return new MockResponse.Builder()
        .addHeader("content-type", "text/event-stream")
        .body(sse)
        .build();
  }

  /** A 200 that starts {@code sse} and breaks the connection half way through it. */
  public static MockResponse cut(String sse) {
    return new MockResponse.Builder()
        .addHeader("content-type", "text/event-stream")
        .body(sse)
        .onResponseBody(new SocketEffect.CloseSocket())
        .build();
  }

  /** An error status with the provider's JSON error body. */
  public static MockResponse status(int code) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("content-type", "application/json")
        .addHeader("retry-after", "0")
        .body(
            String.format(
                Locale.ROOT,
                "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"HTTP %d\"}}",
                code))
        .build();
  }

  private static String chunk(String choices, String more) {
    return "{\"id\":\"chatcmpl-test\",\"object\":\"chat.completion.chunk\",\"created\":1,"
        + "\"model\":\"gpt-test\",\"choices\":"
        + choices
        + more
        + "}";
  }

  private static void event(StringBuilder sse, String name, String data) {
    sse.append("event: ").append(name).append('\n');
    data(sse, data);
  }

  private static void data(StringBuilder sse, String data) {
    sse.append("data: ").append(data).append("\n\n");
  }

  private static String json(String text) {
    return org.careercoach.model.json.CoachJson.mapper().writeValueAsString(text);
  }
}
