package org.careercoach.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.careercoach.model.json.CoachJson;
import tools.jackson.databind.JsonNode;

/**
 * A local HTTP server that plays SendGrid's {@code POST /v3/mail/send}: it accepts (202) unless a
 * test tells it to answer otherwise, and remembers every request it was sent.
 */
public final class FakeSendGrid {

  private static final FakeSendGrid INSTANCE = new FakeSendGrid();

  private final MockWebServer server = new MockWebServer();
  private final AtomicReference<MockResponse> answer = new AtomicReference<>(accepted());
  private final List<JsonNode> accepted = new CopyOnWriteArrayList<>();
  private final List<JsonNode> received = new CopyOnWriteArrayList<>();

  private FakeSendGrid() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            JsonNode body = CoachJson.mapper().readTree(request.getBody().utf8());
            received.add(body);
            MockResponse response = answer.get();
            if (response.getCode() == 202) {
              accepted.add(body);
            }
            return response;
          }
        });
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static FakeSendGrid get() {
    return INSTANCE;
  }

  public String baseUrl() {
    return server.url("/").toString();
  }

  /** From now on every request gets this answer. */
  public void answer(MockResponse response) {
    answer.set(response);
  }

  public void acceptAll() {
    answer.set(accepted());
  }

  /** Requests SendGrid accepted (202) for this recipient. */
  public long acceptedFor(String email) {
    return accepted.stream().filter(b -> to(b).equals(email)).count();
  }

  public long receivedFor(String email) {
    return received.stream().filter(b -> to(b).equals(email)).count();
  }

  public JsonNode lastAcceptedFor(String email) {
    return accepted.stream().filter(b -> to(b).equals(email)).reduce((a, b) -> b).orElseThrow();
  }

  /** The last request for this recipient, whatever it was answered. */
  public JsonNode lastReceivedFor(String email) {
    return received.stream().filter(b -> to(b).equals(email)).reduce((a, b) -> b).orElseThrow();
  }

  private static String to(JsonNode body) {
    return body.at("/personalizations/0/to/0/email").asString("");
  }

  private static MockResponse accepted() {
    return new MockResponse.Builder().code(202).addHeader("X-Message-Id", "fake-sg").build();
  }
}
