package org.careercoach.desktop.service.account;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds the session's access token to each request, refreshing it first when it is about to expire.
 */
final class BearerTokenInterceptor implements Interceptor {

  private final Session session;

  BearerTokenInterceptor(Session session) {
    this.session = session;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String token = session.accessTokenForRequest();
    return chain.proceed(
        chain.request().newBuilder().header("Authorization", "Bearer " + token).build());
  }
}
