package org.careercoach.server.jobs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.careercoach.model.json.CoachJson;
import tools.jackson.databind.JsonNode;

/** A client of GET /api/v1/events that collects the {@code job} events it receives. */
final class EventStream implements AutoCloseable {

  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final AtomicBoolean connected = new AtomicBoolean();
  private final Thread reader;
  private volatile Stream<String> body;

  private EventStream(int port, String token) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events"))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/event-stream")
            .build();
    reader =
        new Thread(
            () -> {
              try {
                HttpResponse<Stream<String>> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
                body = response.body();
                connected.set(response.statusCode() == 200);
                String event = null;
                for (String line : (Iterable<String>) response.body()::iterator) {
                  if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                  } else if (line.startsWith("data:") && "job".equals(event)) {
                    events.add(CoachJson.mapper().readTree(line.substring(5).strip()));
                  } else if (line.isEmpty()) {
                    event = null;
                  }
                }
              } catch (java.io.IOException e) {
                // The stream ends when the test closes it.
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "event-stream");
    reader.setDaemon(true);
    reader.start();
  }

  static EventStream open(int port, String token) throws InterruptedException {
    EventStream stream = new EventStream(port, token);
    for (int i = 0; i < 50 && !stream.connected.get(); i++) {
      Thread.sleep(100);
    }
    return stream;
  }

  List<JsonNode> events() {
    return events;
  }

  boolean connected() {
    return connected.get();
  }

  @Override
  public void close() {
    Stream<String> lines = body;
    if (lines != null) {
      lines.close();
    }
    reader.interrupt();
  }
}
