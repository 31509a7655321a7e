package org.careercoach.desktop.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.careercoach.desktop.service.HttpClients;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.junit.jupiter.api.Test;

/** The session when things happen at once: sign-out during a refresh, many callers offline. */
class SessionRacesTest {

  private static final String TOKENS =
      "{\"accessToken\":\"a2\",\"refreshToken\":\"r2\",\"tokenType\":\"Bearer\",\"expiresIn\":900}";

  private final MemorySecretStore keychain = new MemorySecretStore();

  @Test
  void aRefreshThatLandsAfterSignOutPutsNothingBack() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse.Builder()
              .headersDelay(800, TimeUnit.MILLISECONDS)
              .addHeader("Content-Type", "application/json")
              .body(TOKENS)
              .build());
      server.enqueue(new MockResponse.Builder().code(204).build());
      server.start();
      ServerAddress address = ServerAddress.parse(server.url("/").toString());
      AccountService account = resumed(HttpClients.create(), address);

      CompletableFuture<Throwable> request =
          CompletableFuture.supplyAsync(() -> failureOf(account));
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/v1/auth/refresh");
      account.signOut();

      assertThat(request.get(10, TimeUnit.SECONDS)).isInstanceOf(SessionEndedException.class);
      assertThat(account.session().active()).isFalse();
      assertThat(keychain.read(AccountService.secretName(address)))
          .as("no token put back")
          .isEmpty();
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/v1/auth/logout");
    }
  }

  @Test
  void offlineManyWaitingRequestsShareOneFailedRefresh() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    AtomicInteger refreshAttempts = new AtomicInteger();
    OkHttpClient counting =
        HttpClients.create()
            .newBuilder()
            .addInterceptor(
                chain -> {
                  if (chain.request().url().encodedPath().endsWith("/auth/refresh")) {
                    refreshAttempts.incrementAndGet();
                  }
                  return chain.proceed(chain.request());
                })
            .build();
    AccountService account = resumed(counting, ServerAddress.parse("http://127.0.0.1:" + port));

    ExecutorService callers = Executors.newFixedThreadPool(10);
    List<CompletableFuture<Throwable>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < 10; i++) {
        outcomes.add(CompletableFuture.supplyAsync(() -> failureOf(account), callers));
      }
      for (CompletableFuture<Throwable> outcome : outcomes) {
        assertThat(outcome.get(30, TimeUnit.SECONDS))
            .isInstanceOf(IOException.class)
            .isNotInstanceOf(SessionEndedException.class);
      }
    } finally {
      callers.shutdownNow();
    }
    assertThat(refreshAttempts.get()).isEqualTo(1);
    assertThat(account.session().active()).as("offline is not signed out").isTrue();
    assertThat(keychain.read(AccountService.secretName(account.server()))).contains("r1");
  }

  /** What GET /me threw, or null. */
  private static Throwable failureOf(AccountService account) {
    try {
      account.profile();
      return null;
    } catch (Exception e) {
      return e;
    }
  }

  private AccountService resumed(OkHttpClient http, ServerAddress address) throws Exception {
    keychain.write(AccountService.secretName(address), "r1");
    AccountService account = new AccountService(http, address, keychain, Clock.systemUTC());
    assertThat(account.resume()).isTrue();
    return account;
  }
}
