package org.careercoach.desktop.service;

import java.io.IOException;
import java.time.Clock;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.careercoach.desktop.service.api.RetryAfter;
import org.careercoach.desktop.service.api.ServerAddress;

/** Asks the sync server whether it is up ({@code GET /actuator/health}). */
public final class ServerHealth {

  private final OkHttpClient http;
  private final ServerAddress server;
  private final Clock clock;

  public ServerHealth(OkHttpClient http, ServerAddress server, Clock clock) {
    this.http = http;
    this.server = server;
    this.clock = clock;
  }

  /** Blocks for at most the client's timeouts; never call it on the UI thread. */
  public ServerStatus check() {
    Request request = new Request.Builder().url(server.resolve("actuator/health")).get().build();
    try (Response response = http.newCall(request).execute()) {
      if (response.isSuccessful()) {
        return ServerStatus.up();
      }
      String reason = "the server answered " + response.code();
      return RetryAfter.parse(response.header("Retry-After"), clock)
          .map(wait -> ServerStatus.busy(reason, wait))
          .orElse(ServerStatus.down(reason));
    } catch (IOException e) {
      return ServerStatus.down(reason(e));
    }
  }

  private static String reason(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
