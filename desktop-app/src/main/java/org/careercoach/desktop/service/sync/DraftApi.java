package org.careercoach.desktop.service.sync;

import java.io.IOException;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.careercoach.desktop.service.api.ApiException;
import org.careercoach.desktop.service.api.RetryAfter;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.store.SyncReplica.Method;
import org.careercoach.desktop.service.store.SyncReplica.SyncRequest;
import org.careercoach.model.api.Draft;
import org.careercoach.model.api.DraftChanges;
import org.careercoach.model.api.Problem;
import org.careercoach.model.json.CoachJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The server's drafts API (ADR 0019) on the session's authenticated client: a stored request sent
 * exactly as stored, and pages of changes.
 */
final class DraftApi {

  private static final MediaType JSON = MediaType.get("application/json");

  /**
   * The server's answer to a write.
   *
   * @param status the HTTP status
   * @param draft the stored draft (2xx) or the server's copy (409); null when the body had none
   * @param problem the refusal in words, for any other status
   */
  record Answer(int status, Draft draft, String problem) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /**
   * 410: the cursor names changes this server does not have (restored, another server, expired).
   */
  static final class CursorGone extends Exception {
    CursorGone(String message) {
      super(message);
    }
  }

  private final OkHttpClient http;
  private final ServerAddress server;
  private final Clock clock;

  DraftApi(OkHttpClient http, ServerAddress server, Clock clock) {
    this.http = http;
    this.server = server;
    this.clock = clock;
  }

  /** Sends the request exactly as stored: same key, same If-Match, same body. */
  Answer send(SyncRequest request) throws IOException {
    Request.Builder builder =
        new Request.Builder()
            .url(server.resolve("api/v1/drafts/" + request.draftId()))
            .header("Idempotency-Key", request.key());
    if (request.ifMatch() != null) {
      builder.header("If-Match", "\"" + request.ifMatch() + "\"");
    }
    if (request.method() == Method.PUT) {
      builder.put(RequestBody.create(request.body(), JSON));
    } else {
      builder.delete();
    }
    try (Response response = http.newCall(builder.build()).execute()) {
      int status = response.code();
      if (status == 409 && hasJson(response.body())) {
        return new Answer(status, serverCopy(response.body()), "");
      }
      if (response.isSuccessful() && hasJson(response.body())) {
        return new Answer(status, read(response.body(), Draft.class), "");
      }
      if (response.isSuccessful()) {
        return new Answer(status, null, "");
      }
      return new Answer(status, null, refusal(response).getMessage());
    }
  }

  /** One page of changes after {@code cursor} (empty: from the beginning). */
  DraftChanges changes(String cursor, int limit) throws IOException, CursorGone, ApiException {
    HttpUrl.Builder url =
        server.resolve("api/v1/drafts").newBuilder().addQueryParameter("limit", "" + limit);
    if (cursor != null && !cursor.isEmpty()) {
      url.addQueryParameter("since", cursor);
    }
    try (Response response =
        http.newCall(new Request.Builder().url(url.build()).build()).execute()) {
      if (response.code() == 410) {
        throw new CursorGone(refusal(response).getMessage());
      }
      if (!response.isSuccessful()) {
        throw refusal(response);
      }
      return read(response.body(), DraftChanges.class);
    }
  }

  /**
   * The server's copy in a 409: a problem carrying it under {@code draft} (as this server answers),
   * or the draft itself; null when the body has neither.
   */
  private static Draft serverCopy(ResponseBody body) throws IOException {
    JsonNode tree;
    try {
      tree = CoachJson.mapper().readTree(body.bytes());
    } catch (JacksonException e) {
      throw new IOException("The server's answer could not be read: " + e.getOriginalMessage(), e);
    }
    JsonNode draft = tree.has("draft") ? tree.get("draft") : tree;
    if (!draft.has("id") || !draft.has("version")) {
      return null;
    }
    return CoachJson.mapper().treeToValue(draft, Draft.class);
  }

  private ApiException refusal(Response response) throws IOException {
    Problem problem = null;
    if (hasJson(response.body())) {
      try {
        problem = CoachJson.mapper().readValue(response.body().bytes(), Problem.class);
      } catch (JacksonException e) {
        problem = null; // not problem details: the status alone says enough
      }
    }
    return new ApiException(
        response.code(),
        problem,
        RetryAfter.parse(response.header("Retry-After"), clock).orElse(null));
  }

  private static boolean hasJson(ResponseBody body) {
    MediaType type = body == null ? null : body.contentType();
    return type != null && type.subtype().endsWith("json");
  }

  private static <T> T read(ResponseBody body, Class<T> type) throws IOException {
    try {
      return CoachJson.mapper().readValue(body.bytes(), type);
    } catch (JacksonException e) {
      throw new IOException("The server's answer could not be read: " + e.getOriginalMessage(), e);
    }
  }
}
