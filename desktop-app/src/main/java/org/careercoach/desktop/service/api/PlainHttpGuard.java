package org.careercoach.desktop.service.api;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Refuses any request in plain HTTP to a host that is not this computer, redirects included: a
 * server that answers an HTTPS request with a redirect to {@code http://} gets nothing sent. It is
 * a network interceptor so that it sees every hop; it runs once the connection is open and before
 * anything is written to it.
 */
public final class PlainHttpGuard implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    var url = chain.request().url();
    if (!url.isHttps() && !ServerAddress.isLoopback(url.host())) {
      throw new InsecureTransportException(ServerAddress.plainHttpRefused(url.host()));
    }
    return chain.proceed(chain.request());
  }

  /** Thrown instead of sending a request in plain HTTP across a network. */
  public static final class InsecureTransportException extends IOException {
    InsecureTransportException(String message) {
      super(message);
    }
  }
}
