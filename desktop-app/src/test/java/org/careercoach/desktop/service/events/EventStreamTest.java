package org.careercoach.desktop.service.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event stream client over a real HTTP server: events, reopening after an end, stopping. */
class EventStreamTest {

  private final MockWebServer server = new MockWebServer();
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final CountDownLatch twoOpened = new CountDownLatch(2);
  private final CountDownLatch twoEvents = new CountDownLatch(2);
  private final CountDownLatch stopped = new CountDownLatch(1);

  private final EventStream.Listener listener =
      new EventStream.Listener() {
        @Override
        public void opened() {
          heard.add("opened");
          twoOpened.countDown();
        }

        @Override
        public void event(String name, String data) {
          heard.add(name + " " + data);
          twoEvents.countDown();
        }

        @Override
        public void stopped(String reason) {
          heard.add("stopped");
          stopped.countDown();
        }
      };

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse stream(String body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "text/event-stream")
        .body(body)
        .build();
  }

  @Test
  void eventsAreHeardAndAStreamThatEndsIsOpenedAgain() throws Exception {
    server.enqueue(stream(": connected\n\nevent: draft\ndata: {\"id\":1}\n\n"));
    server.enqueue(stream(": keep-alive\n\nevent: job\ndata: {\"id\":2}\n\n"));
    server.enqueue(stream(""));

    try (EventStream events =
        new EventStream(new OkHttpClient(), server.url("/api/v1/events"), listener)) {
      events.start();

      assertThat(twoEvents.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(twoOpened.await(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(heard).containsSubsequence("opened", "draft {\"id\":1}", "opened", "job {\"id\":2}");
    assertThat(server.takeRequest().getHeaders().get("Accept")).isEqualTo("text/event-stream");
  }

  @Test
  void aRefusedSessionStopsTheStreamForGood() throws Exception {
    server.enqueue(new MockResponse.Builder().code(401).build());

    try (EventStream events =
        new EventStream(new OkHttpClient(), server.url("/api/v1/events"), listener)) {
      events.start();

      assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(events.running()).isFalse();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(heard).containsExactly("stopped");
  }
}
