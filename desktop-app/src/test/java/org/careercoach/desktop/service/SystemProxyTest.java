package org.careercoach.desktop.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.careercoach.desktop.service.api.ServerAddress;
import org.junit.jupiter.api.Test;

/**
 * The app's client goes through whatever proxy the default {@link ProxySelector} names: the one the
 * launcher points at the system's settings ({@code java.net.useSystemProxies}).
 */
class SystemProxyTest {

  @Test
  void requestsGoThroughTheProxyTheSystemNames() throws Exception {
    ProxySelector before = ProxySelector.getDefault();
    try (MockWebServer proxy = new MockWebServer()) {
      proxy.enqueue(new MockResponse.Builder().code(200).body("{\"status\":\"UP\"}").build());
      proxy.start();
      ProxySelector.setDefault(
          new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
              return List.of(
                  new Proxy(
                      Proxy.Type.HTTP,
                      new InetSocketAddress(proxy.getHostName(), proxy.getPort())));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
              throw new AssertionError("the proxy was not reachable", e);
            }
          });

      // Nothing listens on port 9 here: only the proxy can answer.
      ServerStatus status =
          new ServerHealth(
                  HttpClients.create(),
                  ServerAddress.parse("http://127.0.0.1:9"),
                  java.time.Clock.systemUTC())
              .check();

      assertThat(status.online()).isTrue();
      RecordedRequest through = proxy.takeRequest();
      assertThat(through.getRequestLine()).contains("http://127.0.0.1:9/actuator/health");
    } finally {
      ProxySelector.setDefault(before);
    }
  }
}
