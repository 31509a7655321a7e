package org.careercoach.desktop.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.careercoach.desktop.service.HttpClients;
import org.junit.jupiter.api.Test;

class PlainHttpGuardTest {

  @Test
  void aRedirectToPlainHttpAcrossTheNetworkSendsNothing() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      String elsewhere = "http://coach.example.com:" + server.getPort() + "/api/v1/me";
      server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", elsewhere).build());
      server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      // coach.example.com resolves to this computer, where the test server would see a request.
      OkHttpClient http =
          HttpClients.create()
              .newBuilder()
              .dns(host -> List.of(InetAddress.getLoopbackAddress()))
              .build();

      Request request = new Request.Builder().url(server.url("/api/v1/me")).build();

      assertThatThrownBy(() -> http.newCall(request).execute())
          .isInstanceOf(PlainHttpGuard.InsecureTransportException.class)
          .hasMessageContaining("Use https://coach.example.com");
      assertThat(server.getRequestCount()).as("only the first request was sent").isEqualTo(1);
    }
  }
}
