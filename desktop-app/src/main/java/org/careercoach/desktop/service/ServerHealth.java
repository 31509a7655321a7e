package org.careercoach.desktop.service;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Asks the sync server whether it is up ({@code GET /actuator/health}). */
public final class ServerHealth {

  private final OkHttpClient http;
  private final HttpUrl healthUrl;

  public ServerHealth(OkHttpClient http, HttpUrl serverUrl) {
    this.http = http;
    this.healthUrl = serverUrl.newBuilder().addPathSegments("actuator/health").build();
  }

  /** Blocks for at most the client's timeouts; never call it on the UI thread. */
  public ServerStatus check() {
    Request request = new Request.Builder().url(healthUrl).get().build();
    try (Response response = http.newCall(request).execute()) {
      if (response.isSuccessful()) {
        return ServerStatus.up();
      }
      return ServerStatus.down("the server answered " + response.code());
    } catch (IOException e) {
      return ServerStatus.down(reason(e));
    }
  }

  private static String reason(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
