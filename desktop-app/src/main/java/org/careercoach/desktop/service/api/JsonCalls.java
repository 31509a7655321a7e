package org.careercoach.desktop.service.api;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.careercoach.model.api.Problem;
import org.careercoach.model.json.CoachJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over one OkHttp client: sends records as JSON with the shared mapper, reads the answer into
 * a record, and turns refusals into {@link ApiException}s carrying the server's problem details.
 */
public final class JsonCalls {

  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final ServerAddress server;
  private final Clock clock;

  public JsonCalls(OkHttpClient http, ServerAddress server, Clock clock) {
    this.http = http;
    this.server = server;
    this.clock = clock;
  }

  public ServerAddress server() {
    return server;
  }

  /** POSTs {@code body} as JSON; reads the answer as {@code answer}, or nothing when it is null. */
  public <T> T post(String path, Object body, Class<T> answer) throws IOException, ApiException {
    RequestBody json = RequestBody.create(mapper().writeValueAsBytes(body), JSON);
    return call(new Request.Builder().url(server.resolve(path)).post(json).build(), answer);
  }

  /** POSTs with no body. */
  public <T> T post(String path, Class<T> answer) throws IOException, ApiException {
    RequestBody empty = RequestBody.create(new byte[0], null);
    return call(new Request.Builder().url(server.resolve(path)).post(empty).build(), answer);
  }

  public <T> T get(String path, Class<T> answer) throws IOException, ApiException {
    return call(new Request.Builder().url(server.resolve(path)).get().build(), answer);
  }

  private <T> T call(Request request, Class<T> answer) throws IOException, ApiException {
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw refusal(response);
      }
      if (answer == null) {
        return null;
      }
      try {
        return mapper().readValue(response.body().bytes(), answer);
      } catch (JacksonException e) {
        throw new IOException(
            "The server's answer to " + request.url().encodedPath() + " could not be read", e);
      }
    }
  }

  private ApiException refusal(Response response) throws IOException {
    Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock).orElse(null);
    return new ApiException(response.code(), problemOf(response.body()), retryAfter);
  }

  /**
   * The problem details, when the body is problem+json; a body that is anything else is ignored.
   */
  /** Fetched when first needed: building the mapper is slow, and the window should not wait. */
  private static JsonMapper mapper() {
    return CoachJson.mapper();
  }

  private static Problem problemOf(ResponseBody body) throws IOException {
    MediaType type = body.contentType();
    if (type == null || !type.subtype().endsWith("json")) {
      return null;
    }
    try {
      return mapper().readValue(body.bytes(), Problem.class);
    } catch (JacksonException e) {
      return null;
    }
  }
}
