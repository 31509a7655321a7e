package org.careercoach.desktop.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.careercoach.desktop.service.HttpClients;
import org.junit.jupiter.api.Test;

class LoopbackNamesTest {

  /** A resolver (or hosts file) that sends every name across the network. */
  private static final Dns ELSEWHERE =
      host -> List.of(InetAddress.getByAddress(host, new byte[] {(byte) 203, 0, 113, 7}));

  @Test
  void localhostNamesAreThisComputerWhateverTheResolverSays() throws Exception {
    LoopbackNames dns = new LoopbackNames(ELSEWHERE);

    for (String name : List.of("localhost", "app.localhost", "A.B.LOCALHOST", "x.localhost.")) {
      assertThat(dns.lookup(name)).as(name).isNotEmpty().allMatch(InetAddress::isLoopbackAddress);
    }
  }

  @Test
  void otherNamesGoToTheSystemResolver() throws Exception {
    LoopbackNames dns = new LoopbackNames(ELSEWHERE);

    assertThat(dns.lookup("coach.example.com"))
        .extracting(InetAddress::getHostAddress)
        .containsExactly("203.0.113.7");
    assertThat(dns.lookup("localhost.example.com"))
        .extracting(InetAddress::getHostAddress)
        .containsExactly("203.0.113.7");
  }

  @Test
  void theAppsClientSendsPlainHttpForALocalhostNameOnlyToThisComputer() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
      server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
      assertThat(HttpClients.create().dns()).isInstanceOf(LoopbackNames.class);
      // The app's client, but asking a resolver that would send the name across the network.
      OkHttpClient http =
          HttpClients.create().newBuilder().dns(new LoopbackNames(ELSEWHERE)).build();

      Request request =
          new Request.Builder().url("http://app.localhost:" + server.getPort() + "/").build();
      try (var response = http.newCall(request).execute()) {
        assertThat(response.code()).isEqualTo(200);
      }
      assertThat(server.takeRequest().getUrl().host()).isEqualTo("app.localhost");
    }
  }
}
