package org.careercoach.desktop.service.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.support.CallEnds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The app's side of a coaching reply, against a local server that answers as ours does. */
class CoachingClientTest {

  private final MockWebServer server = new MockWebServer();
  private final Recording listener = new Recording();
  private CoachingClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client =
        new CoachingClient(
            new OkHttpClient(), new ServerAddress(server.url("/")), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String sse(String... events) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < events.length; i += 2) {
      out.append("event: ")
          .append(events[i])
          .append("\ndata: ")
          .append(events[i + 1])
          .append("\n\n");
    }
    return out.toString();
  }

  private static MockResponse stream(String body) {
    return new MockResponse.Builder()
        .addHeader("content-type", "text/event-stream")
        .body(body)
        .build();
  }

  @Test
  void piecesArriveInOrderAndTheEndSaysWhatItCost() throws Exception {
    server.enqueue(
        stream(
            sse(
                "text", "{\"text\":\"Led \"}",
                "text", "{\"text\":\"the move.\"}",
                "done", "{\"cached\":false,\"tokens\":17,\"complete\":true}")));

    client.ask(CoachingClient.Task.REWRITE, "basics.summary: x", listener);

    assertThat(listener.awaitEnd(5)).isTrue();
    assertThat(listener.heard).containsExactly("text Led ", "text the move.", "done false 17 true");
    String sent = server.takeRequest().getBody().utf8();
    assertThat(sent)
        .contains("\"task\":\"REWRITE\"")
        .contains("\"material\":\"basics.summary: x\"");
  }

  @Test
  void theServersRefusalIsShownInItsOwnWords() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("content-type", "application/problem+json")
            .addHeader("Retry-After", "3600")
            .body(
                "{\"type\":\"urn:careercoach:problem:rate-limited\",\"title\":\"Too many requests\","
                    + "\"status\":429,\"detail\":\"Today's coaching budget of 2000 tokens is used"
                    + " up.\"}")
            .build());

    client.ask(CoachingClient.Task.REWRITE, "x", listener);

    assertThat(listener.awaitEnd(5)).isTrue();
    assertThat(listener.heard)
        .containsExactly("failed Today's coaching budget of 2000 tokens is used up.");
  }

  @Test
  void aFailedReplyAndADroppedConnectionEachEndItOnceWithWordsToAskAgain() throws Exception {
    server.enqueue(
        stream(
            sse(
                "text",
                "{\"text\":\"Half\"}",
                "failed",
                "{\"reason\":\"CUT\",\"message\":\"The reply was cut off; ask again to get it whole.\"}")));

    client.ask(CoachingClient.Task.REWRITE, "x", listener);

    assertThat(listener.awaitEnd(5)).isTrue();
    assertThat(listener.heard)
        .containsExactly("text Half", "failed The reply was cut off; ask again to get it whole.");

    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      many.append(sse("text", "{\"text\":\"p" + i + " \"}"));
    }
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("content-type", "text/event-stream")
            .body(many.toString())
            .onResponseBody(new SocketEffect.CloseSocket())
            .build());
    Recording dropped = new Recording();
    client.ask(CoachingClient.Task.REWRITE, "x", dropped);
    assertThat(dropped.awaitEnd(5)).isTrue();
    assertThat(dropped.heard)
        .filteredOn(line -> !line.startsWith("text "))
        .singleElement()
        .asString()
        .startsWith("failed The connection to the server dropped");
  }

  @Test
  void stopEndsTheReplySilentlyAndClosesTheStream() throws Exception {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      many.append(sse("text", "{\"text\":\"slow" + i + " \"}"));
    }
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("content-type", "text/event-stream")
            .body(many + sse("done", "{\"cached\":false,\"tokens\":9,\"complete\":true}"))
            .throttleBody(64, 50, TimeUnit.MILLISECONDS)
            .build());
    CallEnds calls = new CallEnds();
    Recording stopped = new Recording();
    CoachingClient.Reply reply =
        new CoachingClient(calls.client(), new ServerAddress(server.url("/")), Clock.systemUTC())
            .ask(CoachingClient.Task.REWRITE, "x", stopped);
    assertThat(stopped.awaitFirstText()).isTrue();

    reply.stop();
    int atStop = stopped.heard.size();
    assertThat(calls.await()).as("the stream's call ends at Stop").isTrue();

    assertThat(stopped.heard)
        .hasSize(atStop)
        .noneMatch(line -> line.startsWith("done") || line.startsWith("failed"));
    assertThat(stopped.heard.size()).isLessThan(500);
  }
}
