package org.careercoach.desktop.service.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.careercoach.desktop.support.OpenAiProvider;
import org.careercoach.desktop.support.SyncServer;
import org.careercoach.model.api.ModelDisclosure;
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
  private static OpenAiProvider provider;
  private static SyncServer server;

  @BeforeAll
  static void start() throws Exception {
    provider = new OpenAiProvider();
    server = provider.serverUsingIt("coach-coaching-it");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    provider.close();
  }

  @Test
  void theServerSaysWhatItSendsAndTheAppPutsItInWords() throws Exception {
    String email = SyncServer.uniqueEmail("disclosure");
    server.register(email, PASSWORD, "Dee Closure");
    CoachingClient client =
        new CoachingClient(
            signedIn(server.signIn(email, PASSWORD).get("accessToken").asString()),
            server.address(),
            Clock.systemUTC());

    int asked = provider.server().getRequestCount();
    ModelDisclosure shown = client.disclosure();

    assertThat(shown.model()).isEqualTo("openai:gpt-test");
    assertThat(shown.instructions().keySet())
        .containsExactly("REWRITE", "TAILOR", "INTERVIEW_QUESTIONS", "ANSWER_FEEDBACK");
    assertThat(shown.usedToday()).isZero();
    assertThat(shown.otherUses())
        .as("this server's model reads uploads too (COACH_AI_PARSE_UPLOADS is on by default)")
        .singleElement()
        .satisfies(
            use -> {
              assertThat(use.model()).isEqualTo("openai:gpt-test");
              assertThat(use.instructions()).contains("JSON Resume");
              assertThat(use.material()).contains("The text read from each file you upload");
            });
    assertThat(DisclosureText.of(shown))
        .contains("Coaching model: openai:gpt-test")
        .contains(shown.instructions().get("TAILOR"))
        .contains("Rephrasing toward a job: the job's ad, then your summary and highlights.")
        .contains("Reading your uploaded resume files into drafts (set by the server's operator");
    assertThat(provider.server().getRequestCount())
        .as("asking what is sent sends nothing")
        .isEqualTo(asked);
  }

  @Test
  void aRewriteStreamsFromTheProviderThroughTheServerAndIsFreeTheSecondTime() throws Exception {
    String email = SyncServer.uniqueEmail("rewrite");
    server.register(email, PASSWORD, "Ria Write");
    String token = server.signIn(email, PASSWORD).get("accessToken").asString();
    CoachingClient client =
        new CoachingClient(signedIn(token), server.address(), Clock.systemUTC());
    provider.replies("work[0].highlights[0] => ", "Cut build times by 40%");
    String material = "work[0].highlights[0]: Made builds faster by 40%\n";

    List<String> first = ask(client, material);
    List<String> second = ask(client, material);

    assertThat(first)
        .containsExactly(
            "text work[0].highlights[0] => ", "text Cut build times by 40%", "done false 17 true");
    assertThat(second)
        .containsExactly(
            "text work[0].highlights[0] => Cut build times by 40%", "done true 0 true");
    assertThat(provider.server().getRequestCount()).isEqualTo(1);
    String sent = provider.server().takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
    assertThat(CoachJson.mapper().readTree(sent).path("messages").get(1).path("content").asString())
        .isEqualTo(material);
  }

  private static OkHttpClient signedIn(String token) {
    return new OkHttpClient.Builder()
        .addInterceptor(
            chain ->
                chain.proceed(
                    chain
                        .request()
                        .newBuilder()
                        .header("Authorization", "Bearer " + token)
                        .build()))
        .build();
  }

  private static List<String> ask(CoachingClient client, String material) throws Exception {
    Recording heard = new Recording();
    client.ask(CoachingClient.Task.REWRITE, material, heard);
    assertThat(heard.awaitEnd(30)).isTrue();
    return heard.heard;
  }
}
