package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Untrusted sign-in (no valid device token): the suite locks an account after 5 wrong passwords
 * within 10 s (see ServerIT), for 10 s, then 20 s, 40 s… A device token is never locked out by
 * others' failures; one that comes with 5 wrong passwords dies.
 */
@ServerIT
class RateLimitIT {

  private static final String LOGIN = "/api/v1/auth/login";

  @LocalServerPort int port;
  @Autowired TestClock clock;

  private static Map<String, String> attempt(String email, String password, String deviceToken) {
    Map<String, String> body = new HashMap<>(Map.of("email", email, "password", password));
    if (deviceToken != null) {
      body.put("deviceToken", deviceToken);
    }
    return body;
  }

  private void guessWrong(Api api, String email, int times) {
    for (int i = 0; i < times; i++) {
      assertThat(api.post(LOGIN, attempt(email, "wrong guess number " + i, null)).status())
          .isEqualTo(401);
    }
  }

  private static int retryAfterOfLockout(Api.Response response) {
    assertThat(response.status()).isEqualTo(429);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.body().get("type").asString())
        .isEqualTo("urn:careercoach:problem:rate-limited");
    assertThat(response.body().get("detail").asString())
        .contains("Too many failed sign-ins to this account");
    return Integer.parseInt(response.header("Retry-After"));
  }

  @Test
  void guessesLockUntrustedSignInLongerEachTimeWhileTheOwnersDeviceStillSignsIn() {
    Api api = new Api(port);
    String email = Accounts.email("locked");
    String device = api.register(email, Accounts.PASSWORD, "Owner").deviceToken();
    assertThat(device).isNotBlank();

    guessWrong(api, email, 5);
    assertThat(retryAfterOfLockout(api.post(LOGIN, attempt(email, "one more guess", null))))
        .isEqualTo(10);
    // The owner without the device token is an untrusted attempt like any other.
    assertThat(retryAfterOfLockout(api.post(LOGIN, attempt(email, Accounts.PASSWORD, null))))
        .isBetween(9, 10);

    Api.Response onDevice = api.post(LOGIN, attempt(email, Accounts.PASSWORD, device));
    assertThat(onDevice.status()).isEqualTo(200);
    String rotated = onDevice.tokens().deviceToken();
    assertThat(rotated).isNotBlank().isNotEqualTo(device);
    // The replaced token no longer counts as a device that signed in before.
    assertThat(api.post(LOGIN, attempt(email, Accounts.PASSWORD, device)).status()).isEqualTo(429);

    clock.advance(Duration.ofSeconds(11));
    guessWrong(api, email, 5);
    assertThat(retryAfterOfLockout(api.post(LOGIN, attempt(email, "one more guess", null))))
        .isEqualTo(20);
    assertThat(api.post(LOGIN, attempt(email, Accounts.PASSWORD, rotated)).status()).isEqualTo(200);

    clock.advance(Duration.ofSeconds(21));
    guessWrong(api, email, 5);
    assertThat(retryAfterOfLockout(api.post(LOGIN, attempt(email, "one more guess", null))))
        .isEqualTo(40);

    clock.advance(Duration.ofSeconds(41));
    assertThat(api.post(LOGIN, attempt(email, Accounts.PASSWORD, null)).status()).isEqualTo(200);
  }

  @Test
  void aDeviceTokenThatComesWithTooManyWrongPasswordsDies() {
    Api api = new Api(port);
    String email = Accounts.email("stolen");
    String stolen = api.register(email, Accounts.PASSWORD, "Owner").deviceToken();

    for (int i = 0; i < 5; i++) {
      assertThat(api.post(LOGIN, attempt(email, "thief guess " + i, stolen)).status())
          .isEqualTo(401);
    }
    // Those failures counted against the token, not the account: the owner is not locked out.
    TokenPair owner = api.post(LOGIN, attempt(email, Accounts.PASSWORD, null)).tokens();
    assertThat(owner.deviceToken()).isNotBlank();

    guessWrong(api, email, 5);
    // The dead token is now untrusted and meets the lockout; the owner's fresh one does not.
    retryAfterOfLockout(api.post(LOGIN, attempt(email, Accounts.PASSWORD, stolen)));
    assertThat(api.post(LOGIN, attempt(email, Accounts.PASSWORD, owner.deviceToken())).status())
        .isEqualTo(200);
  }

  @Test
  void aDeviceTokenTrustsOnlyTheAccountItWasIssuedTo() {
    Api api = new Api(port);
    String mine = Accounts.email("mine");
    String theirs = Accounts.email("theirs");
    String myDevice = api.register(mine, Accounts.PASSWORD, "Mine").deviceToken();
    api.register(theirs, Accounts.PASSWORD, "Theirs");

    guessWrong(api, theirs, 5);

    retryAfterOfLockout(api.post(LOGIN, attempt(theirs, Accounts.PASSWORD, myDevice)));
  }

  @Test
  void theLimitIsPerAccountSoOthersAreNotLockedOut() {
    Api api = new Api(port);
    String victim = Accounts.email("victim");
    String bystander = Accounts.email("bystander");
    api.register(victim, Accounts.PASSWORD, "Victim");
    api.register(bystander, Accounts.PASSWORD, "Bystander");

    for (int i = 0; i < 6; i++) {
      api.post(LOGIN, Map.of("email", victim, "password", "guess number " + i));
    }

    assertThat(api.login(bystander, Accounts.PASSWORD).accessToken()).isNotBlank();
  }
}
