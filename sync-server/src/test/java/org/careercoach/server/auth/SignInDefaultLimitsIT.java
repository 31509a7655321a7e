package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.RealLimitsServerIT;
import org.careercoach.server.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The sign-in limits at their real defaults (the shared context raises them), behind a reverse
 * proxy on the loopback address: 30 attempts a minute per client address, and 10 wrong passwords in
 * 5 minutes lock an account's untrusted sign-in for 5 minutes, then 10; 3 password-reset requests
 * per account in 15 minutes. Its context ({@link RealLimitsServerIT}) has those settings; addresses
 * are random so Redis state of other runs never meets.
 */
@RealLimitsServerIT
class SignInDefaultLimitsIT {

  private static final String LOGIN = "/api/v1/auth/login";

  @LocalServerPort int port;
  @Autowired TestClock clock;
  @Autowired WebApplicationContext context;

  private static String randomAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "198."
        + (18 + random.nextInt(2))
        + "."
        + random.nextInt(256)
        + "."
        + random.nextInt(256);
  }

  private static Map<String, String> attempt(String email, String password, String deviceToken) {
    Map<String, String> body = new HashMap<>(Map.of("email", email, "password", password));
    if (deviceToken != null) {
      body.put("deviceToken", deviceToken);
    }
    return body;
  }

  /**
   * An attempt the server refuses without hashing a password: the address limits come first, and
   * the test stays fast.
   */
  private static Map<String, String> noPassword() {
    return Map.of("email", Accounts.email("nobody"));
  }

  private Api.Response from(Api api, String address, Map<String, String> body) {
    return api.post(LOGIN, body, null, Map.of("X-Forwarded-For", address));
  }

  @Test
  void aGuesserFromManyAddressesIsLockedOutLongerEachTimeWhileTheOwnersDeviceSignsIn() {
    Api api = new Api(port);
    String email = Accounts.email("target");
    String ownerAddress = randomAddress();
    String device =
        api.post(
                "/api/v1/auth/register",
                Map.of("email", email, "password", Accounts.PASSWORD, "name", "Target"),
                null,
                Map.of("X-Forwarded-For", ownerAddress))
            .tokens()
            .deviceToken();

    for (int i = 0; i < 10; i++) {
      assertThat(from(api, randomAddress(), attempt(email, "guess " + i, null)).status())
          .isEqualTo(401);
    }
    Api.Response locked = from(api, randomAddress(), attempt(email, "guess 10", null));
    assertThat(locked.status()).isEqualTo(429);
    assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(299, 300);

    Api.Response onDevice = from(api, ownerAddress, attempt(email, Accounts.PASSWORD, device));
    assertThat(onDevice.status()).isEqualTo(200);
    device = onDevice.tokens().deviceToken();
    assertThat(from(api, ownerAddress, attempt(email, Accounts.PASSWORD, null)).status())
        .isEqualTo(429);

    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    for (int i = 0; i < 10; i++) {
      assertThat(from(api, randomAddress(), attempt(email, "guess " + i, null)).status())
          .isEqualTo(401);
    }
    Api.Response lockedLonger = from(api, randomAddress(), attempt(email, "guess 10", null));
    assertThat(lockedLonger.status()).isEqualTo(429);
    assertThat(Integer.parseInt(lockedLonger.header("Retry-After"))).isBetween(599, 600);
    assertThat(from(api, ownerAddress, attempt(email, Accounts.PASSWORD, device)).status())
        .isEqualTo(200);
  }

  @Test
  void anAccountGetsThreeResetMailsAQuarterHourFromAnyAddressHoweverItsAddressIsWritten() {
    Api api = new Api(port);
    String email = Accounts.email("forgetful");
    String other = Accounts.email("bystander");
    api.post(
        "/api/v1/auth/register",
        Map.of("email", email, "password", Accounts.PASSWORD, "name", "Forgetful"),
        null,
        Map.of("X-Forwarded-For", randomAddress()));

    for (int i = 0; i < 3; i++) {
      assertThat(reset(api, randomAddress(), email).status())
          .as("request %d", i + 1)
          .isEqualTo(202);
    }
    Api.Response limited = reset(api, randomAddress(), email.toUpperCase(java.util.Locale.ROOT));

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.body().get("type").asString())
        .isEqualTo("urn:careercoach:problem:rate-limited");
    assertThat(Integer.parseInt(limited.header("Retry-After")))
        .as("three a quarter hour refill one every five minutes")
        .isBetween(240, 300);
    assertThat(reset(api, randomAddress(), other).status())
        .as("another account's requests are not counted with it")
        .isEqualTo(202);
  }

  private static Api.Response reset(Api api, String address, String email) {
    return api.post(
        "/api/v1/auth/password-reset/request",
        Map.of("email", email),
        null,
        Map.of("X-Forwarded-For", address));
  }

  /**
   * Sends attempts until one is refused and answers how many passed. The bucket holds 30 and
   * refills one every 2 s (greedily), so a slow machine may see a few more pass: at most one per 2
   * s spent.
   */
  private static int acceptedBeforeRefusal(java.util.function.IntSupplier attempt) {
    long started = System.nanoTime();
    for (int sent = 0; sent < 100; sent++) {
      int status = attempt.getAsInt();
      if (status == 429) {
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertThat(sent).isBetween(30, 30 + (int) (seconds / 2) + 1);
        return sent;
      }
      assertThat(status).isEqualTo(401);
    }
    throw new AssertionError("no attempt was refused");
  }

  @Test
  void fromTheTrustedProxyEachForwardedAddressHasItsOwnBucketOf30AMinute() {
    Api api = new Api(port);
    String busy = randomAddress();
    acceptedBeforeRefusal(() -> from(api, busy, noPassword()).status());
    Api.Response limited = from(api, busy, noPassword());
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.body().get("type").asString())
        .isEqualTo("urn:careercoach:problem:rate-limited");
    assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 2);

    assertThat(from(api, randomAddress(), noPassword()).status()).isEqualTo(401);
  }

  @Test
  void aPeerThatIsNoTrustedProxyCannotEscapeItsBucketWithAForgedHeader() {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
    String peer = randomAddress();
    java.util.function.Supplier<MockHttpServletResponse> forged =
        () -> {
          String body = "{\"email\":\"" + Accounts.email("nobody") + "\"}";
          try {
            return mvc.perform(
                    post(LOGIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .header("X-Forwarded-For", randomAddress())
                        .header("Forwarded", "for=" + randomAddress())
                        .with(
                            request -> {
                              request.setRemoteAddr(peer);
                              return request;
                            }))
                .andReturn()
                .getResponse();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    acceptedBeforeRefusal(() -> forged.get().getStatus());
    MockHttpServletResponse refused = forged.get();
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isNotNull();
  }
}
