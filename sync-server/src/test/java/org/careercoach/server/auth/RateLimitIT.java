package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The suite allows a burst of 5 sign-in attempts per account, refilled over 10 s (see ServerIT).
 */
@ServerIT
class RateLimitIT {

  @LocalServerPort int port;

  @Test
  void tooManySignInsToOneAccountAnswer429WithRetryAfterThenRecover() {
    Api api = new Api(port);
    String email = Accounts.email("limited");
    api.register(email, Accounts.PASSWORD, "Limited");
    Map<String, String> wrong = Map.of("email", email, "password", "not my password at all");

    for (int i = 0; i < 5; i++) {
      assertThat(api.post("/api/v1/auth/login", wrong).status()).isEqualTo(401);
    }
    Api.Response limited =
        api.post("/api/v1/auth/login", Map.of("email", email, "password", Accounts.PASSWORD));

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.contentType()).isEqualTo("application/problem+json");
    assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 3);

    Api.sleep(Integer.parseInt(limited.header("Retry-After")) * 1000L + 100);
    assertThat(api.login(email, Accounts.PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void theLimitIsPerAccountSoOthersAreNotLockedOut() {
    Api api = new Api(port);
    String victim = Accounts.email("victim");
    String bystander = Accounts.email("bystander");
    api.register(victim, Accounts.PASSWORD, "Victim");
    api.register(bystander, Accounts.PASSWORD, "Bystander");

    for (int i = 0; i < 6; i++) {
      api.post("/api/v1/auth/login", Map.of("email", victim, "password", "guess number " + i));
    }

    assertThat(api.login(bystander, Accounts.PASSWORD).accessToken()).isNotBlank();
  }
}
