package org.careercoach.server.drafts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.careercoach.model.json.CoachJson;
import tools.jackson.databind.JsonNode;

/** Real HTTP requests to /api/v1/drafts of the server under test, as one signed-in device. */
final class DraftClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;
  private final String token;

  DraftClient(int port, String accessToken) {
    this.base = "http://localhost:" + port + "/api/v1/drafts";
    this.token = accessToken;
  }

  /** An answer: status, ETag, body as JSON (null when none) and the raw body. */
  record Answer(int status, String etag, JsonNode body, String raw, String contentType) {
    long version() {
      return body.get("version").asLong();
    }

    /** The server's copy in a 409. */
    JsonNode serverCopy() {
      return body.get("draft");
    }

    String type() {
      return body.get("type").asString();
    }
  }

  static String body(String title, String resumeJson) {
    return "{\"title\":"
        + CoachJson.mapper().writeValueAsString(title)
        + ",\"resume\":"
        + resumeJson
        + "}";
  }

  static String body(String title) {
    return body(title, "{\"basics\":{\"name\":\"" + title.replace("\"", "") + "\"}}");
  }

  Answer put(UUID id, String ifMatch, String key, String json) {
    return send(
        request(id, ifMatch, key)
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json"));
  }

  Answer put(UUID id, String ifMatch, String json) {
    return put(id, ifMatch, null, json);
  }

  Answer put(UUID id, String ifMatch, HttpRequest.BodyPublisher body) {
    return send(request(id, ifMatch, null).PUT(body).header("Content-Type", "application/json"));
  }

  Answer delete(UUID id, String ifMatch, String key) {
    return send(request(id, ifMatch, key).DELETE());
  }

  Answer changes(String since, Integer limit) {
    StringBuilder query = new StringBuilder();
    if (since != null) {
      query.append("since=").append(since);
    }
    if (limit != null) {
      query.append(query.isEmpty() ? "" : "&").append("limit=").append(limit);
    }
    return send(
        HttpRequest.newBuilder(URI.create(base + (query.isEmpty() ? "" : "?" + query)))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .GET());
  }

  private HttpRequest.Builder request(UUID id, String ifMatch, String key) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + "/" + id))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token);
    if (ifMatch != null) {
      builder.header("If-Match", ifMatch);
    }
    if (key != null) {
      builder.header("Idempotency-Key", key);
    }
    return builder;
  }

  private static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String type = response.headers().firstValue("Content-Type").orElse("");
      JsonNode json =
          !response.body().isEmpty() && type.contains("json")
              ? CoachJson.mapper().readTree(response.body())
              : null;
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("ETag").orElse(null),
          json,
          response.body(),
          type);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
