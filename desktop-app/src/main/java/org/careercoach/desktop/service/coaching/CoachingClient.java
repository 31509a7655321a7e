package org.careercoach.desktop.service.coaching;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.careercoach.desktop.service.api.ApiException;
import org.careercoach.desktop.service.api.JsonCalls;
import org.careercoach.desktop.service.api.RetryAfter;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.model.api.ModelDisclosure;
import org.careercoach.model.api.Problem;
import org.careercoach.model.json.CoachJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Asks the server's model for a coaching reply and hands it over as it is written ({@code POST
 * /api/v1/coach/replies}, Server-Sent Events). Exactly one of {@link Listener#done} and {@link
 * Listener#failed} ends every reply, except one stopped here: Stop ends it silently. A dropped
 * connection is a failure that says to ask again; the server keeps no half reply, so asking again
 * starts cleanly (and a reply that had finished comes from its cache, free).
 */
public final class CoachingClient {

  /** The tasks the server knows; their instructions are at {@code GET /api/v1/coach/prompts}. */
  public enum Task {
    REWRITE,
    TAILOR,
    INTERVIEW_QUESTIONS,
    ANSWER_FEEDBACK
  }

  /** Hears a reply; called on OkHttp's thread. */
  public interface Listener {
    void text(String piece);

    void done(boolean cached, long tokens, boolean complete);

    void failed(String message);
  }

  /** A reply being written: {@link #stop()} ends it, and the server stops paying for it. */
  public interface Reply {
    void stop();
  }

  private static final MediaType JSON = MediaType.get("application/json");

  /** A reply may take minutes to write: only silence this long ends it. */
  static final Duration SILENCE = Duration.ofSeconds(90);

  private final EventSource.Factory streams;
  private final JsonCalls calls;
  private final ServerAddress server;
  private final Clock clock;

  /**
   * @param http the session's authenticated client
   */
  public CoachingClient(OkHttpClient http, ServerAddress server, Clock clock) {
    this.streams =
        EventSources.createFactory(
            http.newBuilder().readTimeout(SILENCE).callTimeout(Duration.ZERO).build());
    this.calls = new JsonCalls(http, server, clock);
    this.server = server;
    this.clock = clock;
  }

  /**
   * What the server sends to its model, for coaching and for anything else it uses one for ({@code
   * GET /api/v1/coach/prompts}); blocks on the network.
   */
  public ModelDisclosure disclosure() throws IOException, ApiException {
    return calls.get("api/v1/coach/prompts", ModelDisclosure.class);
  }

  public Reply ask(Task task, String material, Listener listener) {
    Request request =
        new Request.Builder()
            .url(server.resolve("api/v1/coach/replies"))
            .header("Accept", "text/event-stream")
            .post(
                RequestBody.create(
                    CoachJson.mapper()
                        .writeValueAsString(Map.of("task", task.name(), "material", material)),
                    JSON))
            .build();
    AtomicBoolean stopped = new AtomicBoolean();
    AtomicBoolean ended = new AtomicBoolean();
    EventSource source =
        streams.newEventSource(
            request,
            new EventSourceListener() {
              @Override
              public void onEvent(EventSource es, String id, String type, String data) {
                if (stopped.get()) {
                  return;
                }
                JsonNode event = read(data);
                switch (type == null ? "" : type) {
                  case "text" -> listener.text(event.path("text").asString(""));
                  case "done" -> {
                    ended.set(true);
                    listener.done(
                        event.path("cached").asBoolean(),
                        event.path("tokens").asLong(),
                        event.path("complete").asBoolean());
                  }
                  case "failed" -> {
                    ended.set(true);
                    listener.failed(event.path("message").asString("The model could not answer."));
                  }
                  default -> {
                    // A newer server's event this app does not know: nothing to show.
                  }
                }
              }

              @Override
              public void onClosed(EventSource es) {
                if (!stopped.get() && ended.compareAndSet(false, true)) {
                  listener.failed("The reply ended early; ask again.");
                }
              }

              @Override
              public void onFailure(EventSource es, Throwable t, Response response) {
                if (stopped.get() || !ended.compareAndSet(false, true)) {
                  return;
                }
                listener.failed(failure(t, response));
              }
            });
    return () -> {
      stopped.set(true);
      source.cancel();
    };
  }

  private String failure(Throwable t, Response response) {
    if (response != null && !response.isSuccessful()) {
      Problem problem = null;
      try {
        String body = response.body().string();
        problem = body.isBlank() ? null : CoachJson.mapper().readValue(body, Problem.class);
      } catch (IOException | JacksonException unreadable) {
        // The status alone still says what happened.
      }
      Duration wait = RetryAfter.parse(response.header("Retry-After"), clock).orElse(null);
      return new ApiException(response.code(), problem, wait).getMessage();
    }
    return "The connection to the server dropped"
        + (t == null || t.getMessage() == null ? "" : " (" + t.getMessage() + ")")
        + "; ask again.";
  }

  private static JsonNode read(String data) {
    try {
      return CoachJson.mapper().readTree(data);
    } catch (JacksonException e) {
      return CoachJson.mapper().createObjectNode();
    }
  }
}
