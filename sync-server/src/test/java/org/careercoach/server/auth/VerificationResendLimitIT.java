package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Resending the verification mail is limited per account (3 an hour by default): no mail bomb. */
@ServerIT
class VerificationResendLimitIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private long verificationMailsTo(String email) {
    return jdbc.sql(
            "select count(*) from email_outbox where to_address = :to and kind = 'VERIFY_EMAIL'")
        .param("to", email)
        .query(Long.class)
        .single();
  }

  @Test
  void theFourthResendWithinAnHourIsRefusedAndQueuesNoMail() {
    Api api = new Api(port);
    String email = Accounts.email("bomb");
    TokenPair tokens = api.register(email, Accounts.PASSWORD, "Target");

    for (int i = 0; i < 3; i++) {
      assertThat(
              api.post("/api/v1/auth/verify-email/resend", Map.of(), tokens.accessToken()).status())
          .isEqualTo(202);
    }
    Api.Response refused =
        api.post("/api/v1/auth/verify-email/resend", Map.of(), tokens.accessToken());

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body().get("type").asString())
        .isEqualTo("urn:careercoach:problem:rate-limited");
    // 3 an hour, refilled evenly: the next one in 20 minutes.
    assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1190, 1200);
    assertThat(verificationMailsTo(email)).isEqualTo(3);
  }
}
