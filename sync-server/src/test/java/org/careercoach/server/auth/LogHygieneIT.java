package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Secrets never reach the log: not tokens, not links, not passwords. */
@ServerIT
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneIT {

  @LocalServerPort int port;

  @Test
  void noTokenLinkOrPasswordIsLogged(CapturedOutput output) {
    Api api = new Api(port);
    String email = Accounts.email("quiet");
    TokenPair tokens = api.register(email, Accounts.PASSWORD, "Quiet");
    TokenPair next = api.refresh(tokens.refreshToken()).tokens();
    api.refresh(tokens.refreshToken());
    api.refresh(next.refreshToken());
    api.refresh(tokens.refreshToken());
    api.post("/api/v1/auth/password-reset/request", Map.of("email", email));
    String reset = api.mailedToken(api.adminToken(), email, "PASSWORD_RESET").orElseThrow();
    String verify = api.mailedToken(api.adminToken(), email, "WELCOME").orElseThrow();
    api.post("/api/v1/auth/login", Map.of("email", email, "password", "wrong password typed here"));

    assertThat(output.getAll())
        .contains("event=refresh_token_reuse")
        .contains("Captured PASSWORD_RESET email")
        .doesNotContain(tokens.refreshToken())
        .doesNotContain(next.refreshToken())
        .doesNotContain(tokens.accessToken())
        .doesNotContain(reset)
        .doesNotContain(verify)
        .doesNotContain(Accounts.PASSWORD)
        .doesNotContain("wrong password typed here");
  }
}
