package org.careercoach.desktop.support;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.model.api.Draft;
import org.careercoach.model.api.DraftChanges;
import org.careercoach.model.api.DraftContent;
import org.careercoach.model.json.CoachJson;

/**
 * The drafts API spoken by hand, as the tests' referee: what the server holds for one account, read
 * with a fresh cursor, and writes with explicit If-Match and Idempotency-Key. Signs in again
 * whenever the (short-lived) access token expired.
 */
public final class DraftsApi {

  private static final MediaType JSON = MediaType.get("application/json");

  /** A write's answer: its status, and the draft in its body when it carried one. */
  public record Answer(int status, Draft draft, String body) {}

  private final ServerAddress server;
  private final String email;
  private final String password;
  private final OkHttpClient http =
      new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build();
  private String token;

  public DraftsApi(ServerAddress server, String email, String password) {
    this.server = server;
    this.email = email;
    this.password = password;
  }

  /** Every draft of the account, tombstones included, by id: pulled from the start in pages. */
  public Map<UUID, Draft> everything() throws IOException {
    Map<UUID, Draft> drafts = new LinkedHashMap<>();
    String cursor = "0";
    DraftChanges page;
    do {
      page = changes(cursor, 500);
      for (Draft draft : page.changes()) {
        drafts.put(draft.id(), draft);
      }
      cursor = page.cursor();
    } while (page.hasMore());
    return drafts;
  }

  /** One page of {@code GET /drafts?since=}. */
  public DraftChanges changes(String since, int limit) throws IOException {
    HttpUrl url =
        server
            .resolve("api/v1/drafts")
            .newBuilder()
            .addQueryParameter("since", since)
            .addQueryParameter("limit", Integer.toString(limit))
            .build();
    try (Response response = call(new Request.Builder().url(url).get())) {
      String body = response.body().string();
      if (response.code() != 200) {
        throw new IOException("GET " + url + " answered " + response.code() + ": " + body);
      }
      return CoachJson.mapper().readValue(body, DraftChanges.class);
    }
  }

  /** {@code PUT /drafts/{id}}; {@code ifMatch} null creates. */
  public Answer put(UUID id, DraftContent content, Long ifMatch, String key) throws IOException {
    Request.Builder request =
        new Request.Builder()
            .url(server.resolve("api/v1/drafts/" + id))
            .put(RequestBody.create(CoachJson.mapper().writeValueAsBytes(content), JSON))
            .header("Idempotency-Key", key);
    if (ifMatch != null) {
      request.header("If-Match", "\"" + ifMatch + "\"");
    }
    return answer(request);
  }

  /** {@code DELETE /drafts/{id}} with If-Match. */
  public Answer delete(UUID id, long ifMatch, String key) throws IOException {
    return answer(
        new Request.Builder()
            .url(server.resolve("api/v1/drafts/" + id))
            .delete()
            .header("If-Match", "\"" + ifMatch + "\"")
            .header("Idempotency-Key", key));
  }

  /** The live drafts (not tombstones) of {@link #everything()}. */
  public List<Draft> live() throws IOException {
    List<Draft> live = new ArrayList<>();
    for (Draft draft : everything().values()) {
      if (!draft.deleted()) {
        live.add(draft);
      }
    }
    return live;
  }

  private Answer answer(Request.Builder request) throws IOException {
    try (Response response = call(request)) {
      String body = response.body().string();
      Draft draft = null;
      if (response.code() < 300 || response.code() == 409) {
        if (!body.isBlank() && body.strip().startsWith("{") && body.contains("\"version\"")) {
          draft = CoachJson.mapper().readValue(body, Draft.class);
        }
      }
      return new Answer(response.code(), draft, body);
    }
  }

  private Response call(Request.Builder request) throws IOException {
    if (token == null) {
      signIn();
    }
    Response response =
        http.newCall(request.header("Authorization", "Bearer " + token).build()).execute();
    if (response.code() == 401) {
      response.close();
      signIn();
      response = http.newCall(request.header("Authorization", "Bearer " + token).build()).execute();
    }
    return response;
  }

  private void signIn() throws IOException {
    Request login =
        new Request.Builder()
            .url(server.resolve("api/v1/auth/login"))
            .post(
                RequestBody.create(
                    CoachJson.mapper()
                        .writeValueAsBytes(
                            Map.of("email", email, "password", password, "deviceName", "referee")),
                    JSON))
            .build();
    try (Response response = http.newCall(login).execute()) {
      String body = response.body().string();
      if (response.code() != 200) {
        throw new IOException("Sign-in as " + email + " answered " + response.code() + ": " + body);
      }
      token = CoachJson.mapper().readTree(body).get("accessToken").asString();
    }
  }
}
