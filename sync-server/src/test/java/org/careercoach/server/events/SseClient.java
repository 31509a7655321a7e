package org.careercoach.server.events;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** One client of GET /api/v1/events: the lines it received, and whether the server ended it. */
public final class SseClient implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final CompletableFuture<Void> ended = new CompletableFuture<>();
  private final Stream<String> body;

  private SseClient(Stream<String> body) {
    this.body = body;
  }

  /** Opens a stream and waits for its first comment, so the server has registered it. */
  public static SseClient open(int port, String accessToken) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events"))
            .header("Authorization", "Bearer " + accessToken)
            .header("Accept", "text/event-stream")
            .build();
    try {
      HttpResponse<Stream<String>> response =
          HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
      if (response.statusCode() != 200) {
        throw new AssertionError("GET /api/v1/events answered " + response.statusCode());
      }
      SseClient client = new SseClient(response.body());
      Thread reader = new Thread(client::read, "sse-client");
      reader.setDaemon(true);
      reader.start();
      client.await(() -> client.lines.contains(":connected"), Duration.ofSeconds(5), "connected");
      return client;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(e);
    }
  }

  private void read() {
    try {
      body.forEach(lines::add);
      ended.complete(null);
    } catch (UncheckedIOException e) {
      // The connection broke rather than ended: still the end of the stream for the client.
      ended.complete(null);
    }
  }

  /** Waits until the server ends the stream; fails after {@code within}. */
  public void awaitEnd(Duration within) {
    try {
      ended.get(within.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("the event stream was still open after " + within);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean ended() {
    return ended.isDone();
  }

  /** The data line of the last {@code closed} event, if the server said why it closed. */
  public String closedReason() {
    for (int i = lines.size() - 1; i > 0; i--) {
      if (lines.get(i).startsWith("data:") && lines.get(i - 1).equals("event:closed")) {
        return lines.get(i).substring(5).strip();
      }
    }
    return null;
  }

  long keepAlives() {
    return lines.stream().filter(":keep-alive"::equals).count();
  }

  /** Every line received so far. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  public void await(BooleanSupplier condition, Duration within, String what) {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not " + what + " within " + within + "; received " + lines);
      }
      try {
        ended.get(20, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillOpen) {
        // poll again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  public void close() {
    try {
      body.close();
    } catch (RuntimeException e) {
      throw new IllegalStateException(e);
    }
  }
}
