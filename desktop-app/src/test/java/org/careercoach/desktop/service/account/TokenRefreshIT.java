package org.careercoach.desktop.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.careercoach.desktop.service.HttpClients;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.careercoach.desktop.support.SyncServer;
import org.careercoach.model.api.UserProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API client against the real sync server, whose access tokens live three seconds: many
 * concurrent requests across several expiries see no failure and cause one refresh per expiry; a
 * session the server ended sends the user back to Sign in.
 */
class TokenRefreshIT {

  private static final Duration LIFETIME = Duration.ofSeconds(SyncServer.ACCESS_TOKEN_SECONDS);
  private static final int CALLERS = 50;
  private static SyncServer server;

  /** Every request the client put on the wire, by path, with when it was sent and its status. */
  private final ConcurrentLinkedQueue<Sent> wire = new ConcurrentLinkedQueue<>();

  private record Sent(Instant at, String path, int status) {}

  @BeforeAll
  static void startServer() throws Exception {
    server = SyncServer.shared();
  }

  @Test
  void fiftyConcurrentCallersAcrossSeveralExpiriesRefreshOncePerExpiryAndNeverFail()
      throws Exception {
    AccountService account = signedInAccount(Clock.systemUTC());

    List<Throwable> failures = callConcurrently(account, Duration.ofSeconds(10));

    assertThat(failures).isEmpty();
    List<Instant> refreshes = refreshTimes();
    // 10 s of calls; a 3 s token is refreshed when half of it is left (Session.refreshMargin).
    Duration refreshedAfter = LIFETIME.minus(Session.refreshMargin(LIFETIME));
    assertThat(refreshes).hasSizeBetween(4, 7);
    assertThat(account.session().refreshCount()).isEqualTo(refreshes.size());
    assertOneRefreshPerToken(refreshes, refreshedAfter);
    // Refreshed before expiry: at most a straggler meets a dead token, never all the callers.
    assertThat(statuses(401)).as("requests sent with a dead token").isLessThan(CALLERS / 2);
  }

  @Test
  void whenOnlyTheServerKnowsTheTokenExpiredOne401BurstCausesOneRefresh() throws Exception {
    // A clock that never moves: the client can't see expiry coming, so every refresh follows 401s.
    AccountService account =
        signedInAccount(Clock.fixed(Instant.now(), Clock.systemUTC().getZone()));

    List<Throwable> failures = callConcurrently(account, Duration.ofSeconds(10));

    assertThat(failures).isEmpty();
    List<Instant> refreshes = refreshTimes();
    assertThat(refreshes).hasSizeBetween(2, 4);
    // Every expiry met a round of callers sending at once (about 20 of the 50 here); each of
    // those bursts made one refresh.
    assertThat(statuses(401))
        .as("many callers met each expiry")
        .isGreaterThan(5 * refreshes.size());
    assertOneRefreshPerToken(refreshes, LIFETIME.minusMillis(300));
  }

  @Test
  void aRefreshTokenReusedByAThiefEndsTheSessionAndSaysSo() throws Exception {
    AccountService account = signedInAccount(Clock.systemUTC());
    AtomicReference<String> ended = new AtomicReference<>();
    account.session().onEnded(ended::set);
    String stolen = account.session().refreshToken().orElseThrow();

    waitForRefreshes(account, 2); // stolen → second → third: the stolen token's successor is used

    assertThat(server.refreshStatus(stolen)).as("the reuse is caught").isEqualTo(401);
    assertThatThrownBy(account::profile).isInstanceOf(SessionEndedException.class);
    assertThat(ended.get()).contains("sign in again");
    assertThat(account.session().active()).isFalse();
  }

  @Test
  void signingOutEverywhereOnAnotherDeviceEndsThisSessionToo() throws Exception {
    String email = SyncServer.uniqueEmail("revoked");
    AccountService account = account(Clock.systemUTC());
    account.createAccount("Rev", email, "a long enough passphrase");
    AtomicReference<String> ended = new AtomicReference<>();
    account.session().onEnded(ended::set);
    MemorySecretStore keychain = (MemorySecretStore) secrets;
    assertThat(keychain.read(AccountService.secretName(server.address()))).isPresent();
    assertThat(keychain.read(AccountService.deviceTokenName(server.address(), email)))
        .as("the real server hands out a device token, kept beside the refresh token")
        .isPresent();

    String otherDevice =
        server.signIn(email, "a long enough passphrase").get("accessToken").asString();
    server.signOutEverywhere(otherDevice);

    assertThatThrownBy(account::profile).isInstanceOf(SessionEndedException.class);
    assertThat(ended.get()).contains("sign in again");
    assertThat(keychain.read(AccountService.secretName(server.address())))
        .as("a dead refresh token is not kept")
        .isEmpty();
    assertThat(keychain.read(AccountService.deviceTokenName(server.address(), email)))
        .as("the device token outlives the session")
        .isPresent();
  }

  private final MemorySecretStore secrets = new MemorySecretStore();

  private AccountService signedInAccount(Clock clock) throws Exception {
    AccountService account = account(clock);
    UserProfile user =
        account.createAccount("Ana", SyncServer.uniqueEmail("refresh"), "a long enough passphrase");
    assertThat(user.name()).isEqualTo("Ana");
    wire.clear();
    return account;
  }

  private AccountService account(Clock clock) {
    Interceptor recorder =
        chain -> {
          Instant at = Instant.now();
          var response = chain.proceed(chain.request());
          wire.add(new Sent(at, chain.request().url().encodedPath(), response.code()));
          return response;
        };
    OkHttpClient http = HttpClients.create().newBuilder().addNetworkInterceptor(recorder).build();
    return new AccountService(http, server.address(), secrets, clock);
  }

  /**
   * {@value #CALLERS} threads calling GET /me for {@code duration}, in rounds: all of them send at
   * once, so the round that meets an expiry has every caller holding the dead token together.
   */
  private static List<Throwable> callConcurrently(AccountService account, Duration duration)
      throws Exception {
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger calls = new AtomicInteger();
    long end = System.nanoTime() + duration.toNanos();
    AtomicBoolean over = new AtomicBoolean();
    CyclicBarrier round = new CyclicBarrier(CALLERS, () -> over.set(System.nanoTime() > end));
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
    try {
      List<CompletableFuture<Void>> callers = new ArrayList<>();
      for (int i = 0; i < CALLERS; i++) {
        callers.add(
            CompletableFuture.runAsync(
                () -> {
                  while (awaitRound(round, over)) {
                    try {
                      account.profile();
                      calls.incrementAndGet();
                    } catch (Exception e) {
                      failures.add(e);
                    }
                  }
                },
                pool));
      }
      CompletableFuture.allOf(callers.toArray(CompletableFuture[]::new)).join();
    } finally {
      pool.shutdownNow();
    }
    assertThat(calls.get()).as("calls made").isGreaterThan(CALLERS * 10);
    return failures;
  }

  /** Waits for every caller; false once the time is over (all callers see the same answer). */
  private static boolean awaitRound(CyclicBarrier round, AtomicBoolean over) {
    try {
      round.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (BrokenBarrierException | TimeoutException e) {
      throw new IllegalStateException("a caller got stuck", e);
    }
    return !over.get();
  }

  private List<Instant> refreshTimes() {
    System.out.printf(
        "on the wire: %d requests, %d refreshes, %d answered 401%n",
        wire.size(),
        wire.stream().filter(sent -> sent.path().endsWith("/auth/refresh")).count(),
        statuses(401));
    return wire.stream()
        .filter(sent -> sent.path().endsWith("/auth/refresh"))
        .peek(sent -> assertThat(sent.status()).isEqualTo(200))
        .map(Sent::at)
        .sorted()
        .toList();
  }

  private long statuses(int status) {
    return wire.stream().filter(sent -> sent.status() == status).count();
  }

  /** Refreshes at least {@code gap} apart: no token was refreshed twice. */
  private static void assertOneRefreshPerToken(List<Instant> refreshes, Duration gap) {
    Duration slack = Duration.ofMillis(250);
    for (int i = 1; i < refreshes.size(); i++) {
      assertThat(Duration.between(refreshes.get(i - 1), refreshes.get(i)))
          .as("time between refresh %d and %d", i, i + 1)
          .isGreaterThanOrEqualTo(gap.minus(slack));
    }
  }

  private static void waitForRefreshes(AccountService account, int count)
      throws IOException, InterruptedException, org.careercoach.desktop.service.api.ApiException {
    long deadline = System.nanoTime() + LIFETIME.multipliedBy(count + 2).toNanos();
    while (account.session().refreshCount() < count && System.nanoTime() < deadline) {
      account.profile();
      Thread.sleep(200);
    }
    assertThat(account.session().refreshCount()).isGreaterThanOrEqualTo(count);
  }
}
