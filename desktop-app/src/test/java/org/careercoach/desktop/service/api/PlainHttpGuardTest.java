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
      // coach.example.com resolves to this computer, where the test server would see a request;
      // redirects followed, as a future download of a file might.
      OkHttpClient http =
          HttpClients.create()
              .newBuilder()
              .followRedirects(true)
              .dns(host -> List.of(InetAddress.getLoopbackAddress()))
              .build();

      Request request = new Request.Builder().url(server.url("/api/v1/me")).build();

      assertThatThrownBy(() -> http.newCall(request).execute())
          .isInstanceOf(PlainHttpGuard.InsecureTransportException.class)
          .hasMessageContaining("Use https://coach.example.com");
      assertThat(server.getRequestCount()).as("only the first request was sent").isEqualTo(1);
    }
  }

  @Test
  void theApiClientFollowsNoRedirectSoAPasswordIsNeverPostedElsewhere() throws Exception {
    try (MockWebServer server = new MockWebServer();
        MockWebServer elsewhere = new MockWebServer()) {
      server.start();
      elsewhere.start();
      server.enqueue(
          new MockResponse.Builder()
              .code(307)
              .addHeader("Location", elsewhere.url("/steal").toString())
              .build());
      Request login =
          new Request.Builder()
              .url(server.url("/api/v1/auth/login"))
              .post(okhttp3.RequestBody.create("{\"password\":\"secret\"}", null))
              .build();

      try (var response = HttpClients.create().newCall(login).execute()) {
        assertThat(response.code()).isEqualTo(307);
      }
      assertThat(elsewhere.getRequestCount()).isZero();
    }
  }
}
