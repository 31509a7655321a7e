package org.careercoach.desktop.service.account;

import java.io.IOException;
import okhttp3.Authenticator;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * On a 401, retries once with a fresher token: the one another thread already got, or one refresh
 * made under the session's lock. A second 401 for the same call is the server's last word.
 */
final class RefreshingAuthenticator implements Authenticator {

  private static final String PREFIX = "Bearer ";

  private final Session session;

  RefreshingAuthenticator(Session session) {
    this.session = session;
  }

  @Override
  public Request authenticate(Route route, Response response) throws IOException {
    if (response.priorResponse() != null) {
      return null;
    }
    String sent = response.request().header("Authorization");
    if (sent == null || !sent.startsWith(PREFIX)) {
      return null;
    }
    String fresher = session.accessTokenAfterRejection(sent.substring(PREFIX.length()));
    if (fresher == null) {
      return null;
    }
    return response.request().newBuilder().header("Authorization", PREFIX + fresher).build();
  }
}
