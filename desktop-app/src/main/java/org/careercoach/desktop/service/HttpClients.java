package org.careercoach.desktop.service;

import java.time.Duration;
import java.util.function.Supplier;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import org.careercoach.desktop.service.api.LoopbackNames;
import org.careercoach.desktop.service.api.PlainHttpGuard;

/** The app's HTTP client settings, in one place. */
public final class HttpClients {

  private HttpClients() {}

  /**
   * A client with timeouts that fail fast enough to tell the user they are offline, yet leave room
   * for slow links; plain HTTP refused but to this computer (every hop, should redirects ever be
   * followed). Redirects are not followed: the API has none, and following a 307 would send a
   * password or refresh token in the request body to wherever it points. OkHttp asks the default
   * {@link java.net.ProxySelector}, which the launcher points at the system's proxy settings.
   */
  /**
   * The one client of the app, made on first use: making it loads TLS and the system's trusted
   * certificates, a quarter of a second the window should not wait for.
   */
  public static Supplier<OkHttpClient> shared() {
    return new Supplier<>() {
      private OkHttpClient client;

      @Override
      public synchronized OkHttpClient get() {
        if (client == null) {
          client = create();
        }
        return client;
      }
    };
  }

  public static OkHttpClient create() {
    return new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(30))
        .writeTimeout(Duration.ofSeconds(30))
        .callTimeout(Duration.ofSeconds(60))
        .followRedirects(false)
        .dns(new LoopbackNames(Dns.SYSTEM))
        .addNetworkInterceptor(new PlainHttpGuard())
        .build();
  }
}
