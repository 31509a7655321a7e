package org.careercoach.desktop.service.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careercoach.desktop.support.HeadlessDevice.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hub shares one stream per profile among its listeners, over a real HTTP server. */
class EventHubTest {

  private static final Duration LIMIT = Duration.ofSeconds(10);
  private final MockWebServer server = new MockWebServer();
  private final EventHub hub = new EventHub();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static final class Heard implements EventStream.Listener {
    final List<String> heard = new CopyOnWriteArrayList<>();

    @Override
    public void opened() {
      heard.add("opened");
    }

    @Override
    public void event(String name, String data) {
      heard.add(name + " " + data);
    }
  }

  private EventHub.StreamFactory factory() {
    return EventHub.of(OkHttpClient::new, server.url("/api/v1/events"));
  }

  @Test
  void twoListenersShareOneStreamAndTheLastToLeaveClosesIt() throws Exception {
    // One long stream: an event, then it stays open (the body is held back a long while).
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "text/event-stream")
            .body(": hi\n\nevent: job\ndata: {\"n\":1}\n\n")
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "text/event-stream")
            .body(": again\n\nevent: draft\ndata: {\"n\":2}\n\n")
            .build());
    Heard sync = new Heard();
    Heard files = new Heard();

    Runnable stopSync = hub.listen("ann", factory(), sync);
    Runnable stopFiles = hub.listen("ann", factory(), files);
    assertThat(hub.streams()).isEqualTo(1);

    await(LIMIT, () -> sync.heard.contains("draft {\"n\":2}"));
    await(LIMIT, () -> files.heard.contains("draft {\"n\":2}"));
    // Each heard every (re)connect; the second listener joined before or after the first open.
    assertThat(sync.heard)
        .containsSubsequence("opened", "job {\"n\":1}", "opened", "draft {\"n\":2}");
    assertThat(files.heard).containsSubsequence("opened", "draft {\"n\":2}");
    assertThat(server.getRequestCount()).isEqualTo(2); // one stream, opened twice: not two

    stopSync.run();
    assertThat(hub.streams()).isEqualTo(1);
    stopFiles.run();
    assertThat(hub.streams()).isZero();
    stopFiles.run(); // twice is harmless
    assertThat(hub.streams()).isZero();
  }

  @Test
  void differentProfilesHaveTheirOwnStreams() {
    Runnable ann = hub.listen("ann", factory(), new Heard());
    Runnable bob = hub.listen("bob", factory(), new Heard());
    assertThat(hub.streams()).isEqualTo(2);
    ann.run();
    bob.run();
    assertThat(hub.streams()).isZero();
  }
}
