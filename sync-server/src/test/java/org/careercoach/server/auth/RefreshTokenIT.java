package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerIT
class RefreshTokenIT {

  @LocalServerPort int port;
  @Autowired TestClock clock;
  Api api;
  String email;
  TokenPair signedIn;

  @BeforeEach
  void signIn() {
    api = new Api(port);
    email = Accounts.email("refresh");
    signedIn = api.register(email, Accounts.PASSWORD, "Refresh");
  }

  @Test
  void aRepeatWithinTheGraceWindowGetsTheSameSuccessor() {
    TokenPair first = api.refresh(signedIn.refreshToken()).tokens();

    TokenPair repeat = api.refresh(signedIn.refreshToken()).tokens();

    assertThat(repeat.refreshToken()).isEqualTo(first.refreshToken());
    assertThat(api.get("/api/v1/me", repeat.accessToken()).status()).isEqualTo(200);
    assertThat(api.refresh(first.refreshToken()).status())
        .as("the successor still works: the retry signed nobody out")
        .isEqualTo(200);
  }

  @Test
  void concurrentRefreshesOfOneTokenAllGetOneSuccessor() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Api.Response>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(() -> api.refresh(signedIn.refreshToken()));
      }
      List<Api.Response> responses = new ArrayList<>();
      for (Future<Api.Response> f : pool.invokeAll(calls)) {
        responses.add(f.get());
      }
      assertThat(responses).allMatch(r -> r.status() == 200);
      Set<String> successors =
          responses.stream().map(r -> r.tokens().refreshToken()).collect(Collectors.toSet());
      assertThat(successors).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void reuseAfterTheSuccessorWasUsedRevokesTheFamily() {
    TokenPair second = api.refresh(signedIn.refreshToken()).tokens();
    TokenPair third = api.refresh(second.refreshToken()).tokens();

    Api.Response replay = api.refresh(signedIn.refreshToken());

    assertThat(replay.status()).isEqualTo(401);
    assertThat(replay.contentType()).isEqualTo("application/problem+json");
    assertThat(api.refresh(third.refreshToken()).status())
        .as("the thief and the owner are both signed out")
        .isEqualTo(401);
    assertThat(api.get("/api/v1/me", third.accessToken()).status()).isEqualTo(401);
  }

  @Test
  void aRepeatAfterTheGraceWindowIsTreatedAsReuse() {
    TokenPair second = api.refresh(signedIn.refreshToken()).tokens();
    clock.advance(Duration.ofSeconds(31));

    assertThat(api.refresh(signedIn.refreshToken()).status()).isEqualTo(401);
    assertThat(api.refresh(second.refreshToken()).status()).isEqualTo(401);
  }

  @Test
  void aTokenUnusedForThirtyDaysIsDead() {
    clock.advance(Duration.ofDays(30).plusMinutes(1));

    assertThat(api.refresh(signedIn.refreshToken()).status()).isEqualTo(401);
  }

  @Test
  void aDailyUserStaysSignedInForWeeksButNotPastTheFamilyLifetime() {
    String refresh = signedIn.refreshToken();
    for (int day = 11; day <= 88; day += 11) {
      clock.advance(Duration.ofDays(11));
      Api.Response response = api.refresh(refresh);
      assertThat(response.status()).as("day %d", day).isEqualTo(200);
      refresh = response.tokens().refreshToken();
    }
    clock.advance(Duration.ofDays(3));

    assertThat(api.refresh(refresh).status()).as("91 days after sign-in").isEqualTo(401);
  }

  @Test
  void accessTokensExpireAfterTheirLifetimeWithinFiveSecondsOfSkew() {
    // Stopped, so the boundary is exact: tokens carry whole seconds, and a running clock could
    // cross one while a request is on its way.
    clock.stop();
    String access = api.login(email, Accounts.PASSWORD).accessToken();

    clock.advance(Duration.ofMinutes(15).plusSeconds(5));
    assertThat(api.get("/api/v1/me", access).status())
        .as("at the last second of skew")
        .isEqualTo(200);

    clock.advance(Duration.ofMillis(1));
    Api.Response expired = api.get("/api/v1/me", access);
    assertThat(expired.status()).as("a millisecond later").isEqualTo(401);
    assertThat(expired.contentType()).isEqualTo("application/problem+json");
  }

  @Test
  void garbageAndOversizedRefreshTokensAreRefused() {
    assertThat(api.refresh("not-a-token").status()).isEqualTo(401);
    assertThat(api.refresh("x".repeat(10_000)).status()).isEqualTo(401);
  }
}
