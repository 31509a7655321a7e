package org.careercoach.desktop.service.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.careercoach.desktop.support.SyncServer;
import org.careercoach.model.json.CoachJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole way: the app's client, the real server (its jar, signed in, PostgreSQL for the cache
 * and the budget) and a local server that plays an OpenAI-compatible provider, streaming included.
 */
class CoachingClientIT {

  private static final String PASSWORD = "a long enough passphrase";
  private static MockWebServer provider;
  private static SyncServer server;

  @BeforeAll
  static void start() throws Exception {
    provider = new MockWebServer();
    provider.start();
    server =
        SyncServer.own(
            Files.createTempDirectory("coach-coaching-it"),
            Map.of(
                "COACH_AI_PROVIDER", "openai",
                "OPENAI_BASE_URL", provider.url("/v1").toString(),
                "OPENAI_MODEL", "gpt-test",
                "COACH_JOB_WORKERS", "false"));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    provider.close();
  }

  @Test
  void aRewriteStreamsFromTheProviderThroughTheServerAndIsFreeTheSecondTime() throws Exception {
    String email = SyncServer.uniqueEmail("rewrite");
    server.register(email, PASSWORD, "Ria Write");
    String token = server.signIn(email, PASSWORD).get("accessToken").asString();
    OkHttpClient signedIn =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain
                            .request()
                            .newBuilder()
                            .header("Authorization", "Bearer " + token)
                            .build()))
            .build();
    CoachingClient client = new CoachingClient(signedIn, server.address(), Clock.systemUTC());
    provider.enqueue(
        new MockResponse.Builder()
            .addHeader("content-type", "text/event-stream")
            .body(openai(List.of("work[0].highlights[0] => ", "Cut build times by 40%")))
            .build());
    String material = "work[0].highlights[0]: Made builds faster by 40%\n";

    List<String> first = ask(client, material);
    List<String> second = ask(client, material);

    assertThat(first)
        .containsExactly(
            "text work[0].highlights[0] => ", "text Cut build times by 40%", "done false 17 true");
    assertThat(second)
        .containsExactly(
            "text work[0].highlights[0] => Cut build times by 40%", "done true 0 true");
    assertThat(provider.getRequestCount()).isEqualTo(1);
    String sent = provider.takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
    assertThat(CoachJson.mapper().readTree(sent).path("messages").get(1).path("content").asString())
        .isEqualTo(material);
  }

  private static List<String> ask(CoachingClient client, String material) throws Exception {
    Recording heard = new Recording();
    client.ask(CoachingClient.Task.REWRITE, material, heard);
    assertThat(heard.awaitEnd(30)).isTrue();
    return heard.heard;
  }

  /** An OpenAI chat-completions stream of these pieces, then usage 12 + 5. */
  private static String openai(List<String> pieces) {
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
}
