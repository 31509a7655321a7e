package org.careercoach.desktop.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.careercoach.desktop.service.api.ServerAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServerHealthTest {

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anUpServerIsOnline() throws InterruptedException {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"status\":\"UP\"}").build());

    ServerStatus status =
        new ServerHealth(HttpClients.create(), address(), Clock.systemUTC()).check();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/actuator/health");
    assertThat(status).isEqualTo(ServerStatus.up());
  }

  @Test
  void aDownServerIsOfflineWithItsStatus() {
    server.enqueue(new MockResponse.Builder().code(503).build());

    ServerStatus status =
        new ServerHealth(HttpClients.create(), address(), Clock.systemUTC()).check();

    assertThat(status).isEqualTo(ServerStatus.down("the server answered 503"));
  }

  @Test
  void aBusyServerSaysHowLongToWait() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "42").build());

    ServerStatus status =
        new ServerHealth(HttpClients.create(), address(), Clock.systemUTC()).check();

    assertThat(status.online()).isFalse();
    assertThat(status.waitAsked()).contains(Duration.ofSeconds(42));
  }

  private ServerAddress address() {
    return ServerAddress.parse(server.url("/").toString());
  }

  @Test
  void nobodyListeningIsOfflineWithTheReason() throws IOException {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }
    ServerAddress nowhere = ServerAddress.parse("http://127.0.0.1:" + freePort);

    ServerStatus status =
        new ServerHealth(HttpClients.create(), nowhere, Clock.systemUTC()).check();

    assertThat(status.online()).isFalse();
    assertThat(status.reason()).isNotBlank();
  }
}
