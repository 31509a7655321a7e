package org.careercoach.desktop.support;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.careercoach.model.json.CoachJson;

/**
 * A local server that plays an OpenAI-compatible provider for the real server jar: it answers each
 * chat-completions request with the next enqueued stream, and records what it was sent.
 */
public final class OpenAiProvider implements AutoCloseable {

  private final MockWebServer server = new MockWebServer();

  public OpenAiProvider() throws IOException {
    server.start();
  }

  /** A server of our own whose coaching model is this provider's {@code gpt-test}. */
  public SyncServer serverUsingIt(String folderPrefix) throws Exception {
    return SyncServer.own(
        Files.createTempDirectory(folderPrefix),
        Map.of(
            "COACH_AI_PROVIDER", "openai",
            "OPENAI_BASE_URL", server.url("/v1").toString(),
            "OPENAI_MODEL", "gpt-test",
            "COACH_JOB_WORKERS", "false"));
  }

  /** The next reply: these pieces, streamed. */
  public void replies(String... pieces) {
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("content-type", "text/event-stream")
            .body(stream(List.of(pieces)))
            .build());
  }

  public MockWebServer server() {
    return server;
  }

  /** An OpenAI chat-completions stream of these pieces, then usage 12 + 5. */
  public static String stream(List<String> pieces) {
    StringBuilder sse = new StringBuilder();
    for (String piece : pieces) {
      sse.append("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,")
          .append("\"model\":\"gpt-test\",\"choices\":[{\"index\":0,\"delta\":{\"content\":")
          .append(CoachJson.mapper().writeValueAsString(piece))
          .append("},\"finish_reason\":null}]}\n\n");
    }
    sse.append("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,")
        .append("\"model\":\"gpt-test\",\"choices\":[{\"index\":0,\"delta\":{},")
        .append("\"finish_reason\":\"stop\"}]}\n\n");
    sse.append("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,")
        .append("\"model\":\"gpt-test\",\"choices\":[],\"usage\":{\"prompt_tokens\":12,")
        .append("\"completion_tokens\":5,\"total_tokens\":17}}\n\n");
    sse.append("data: [DONE]\n\n");
    return sse.toString();
  }

  @Override
  public void close() {
    server.close();
  }
}
