package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.email.EmailOutbox;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Links mailed to an account end when its password changes or it is disabled, and the captured
 * outbox (the embedded default: no SendGrid) shows a link only while it works.
 */
@ServerIT
class AccountTokenHygieneIT {

  static final String NEW_PASSWORD = "an entirely new passphrase 5";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;
  @Autowired EmailOutbox outbox;
  Api api;
  String admin;
  String email;
  TokenPair session;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    admin = api.adminToken();
    email = Accounts.email("hygiene");
    session = api.register(email, Accounts.PASSWORD, "Hugo Hygiene");
  }

  @Test
  void changingThePasswordEndsAnOutstandingResetLink() {
    String reset = requestReset();

    assertThat(
            api.post(
                    "/api/v1/me/password",
                    Map.of("currentPassword", Accounts.PASSWORD, "newPassword", NEW_PASSWORD),
                    session.accessToken())
                .status())
        .isEqualTo(204);

    assertRefused(confirm(reset, "what the old link would set 3"));
    assertThat(api.login(email, NEW_PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void confirmingAResetEndsEveryOtherOutstandingResetLink() {
    String reset = requestReset();
    // A second live reset token, as two requests racing each other can leave.
    String racing = Tokens.random();
    jdbc.sql(
            """
            insert into account_tokens (token_hash, user_id, purpose, created_at, expires_at)
            values (:hash, :user, 'RESET_PASSWORD', :now, :expires)
            """)
        .param("hash", Tokens.hash(racing))
        .param("user", userId())
        .param("now", Timestamp.from(clock.instant()))
        .param("expires", Timestamp.from(clock.instant().plus(Duration.ofHours(1))))
        .update();

    assertThat(confirm(reset, NEW_PASSWORD).status()).isEqualTo(204);

    assertRefused(confirm(racing, "what the racing link would set 3"));
    assertThat(api.login(email, NEW_PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void disablingTheAccountEndsItsResetAndVerificationLinks() {
    String verify = api.mailedToken(admin, email, "WELCOME").orElseThrow();
    String reset = requestReset();
    String id = userId().toString();

    assertThat(api.post("/api/v1/admin/users/" + id + "/disable", Map.of(), admin).status())
        .isEqualTo(204);
    assertThat(api.post("/api/v1/admin/users/" + id + "/enable", Map.of(), admin).status())
        .isEqualTo(204);

    assertRefused(confirm(reset, NEW_PASSWORD));
    assertRefused(api.post("/api/v1/auth/verify-email", Map.of("token", verify)));
    assertThat(api.login(email, Accounts.PASSWORD).accessToken()).isNotBlank();
  }

  /** A verification link only proves the address: a new password leaves it working. */
  @Test
  void aVerificationLinkSurvivesAPasswordChange() {
    String verify = api.mailedToken(admin, email, "WELCOME").orElseThrow();

    api.post(
        "/api/v1/me/password",
        Map.of("currentPassword", Accounts.PASSWORD, "newPassword", NEW_PASSWORD),
        session.accessToken());

    assertThat(api.post("/api/v1/auth/verify-email", Map.of("token", verify)).status())
        .isEqualTo(204);
  }

  @Test
  void aCapturedLinkIsShownWhileItWorksAndMaskedOnceUsed() {
    String reset = requestReset();
    assertThat(capturedResetMail().get("textBody").asString())
        .contains("/reset-password?token=" + reset);

    assertThat(confirm(reset, NEW_PASSWORD).status()).isEqualTo(204);

    JsonNode mail = capturedResetMail();
    assertThat(mail.get("textBody").asString())
        .contains("/reset-password?token=********")
        .doesNotContain(reset);
    assertThat(mail.get("htmlBody").asString()).doesNotContain(reset);

    outbox.forgetDeadLinks();
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from email_outbox
                     where to_address = :to and kind = 'PASSWORD_RESET'
                       and link_token is null and text_body not like '%' || :token || '%'
                    """)
                .param("to", email)
                .param("token", reset)
                .query(Long.class)
                .single())
        .as("the used link's token is gone from the table")
        .isEqualTo(1);
  }

  @Test
  void aCapturedLinkIsMaskedOnceExpired() {
    String reset = requestReset();

    clock.advance(Duration.ofMinutes(61));

    assertThat(capturedResetMail().get("textBody").asString())
        .contains("/reset-password?token=********")
        .doesNotContain(reset);
  }

  private String requestReset() {
    assertThat(api.post("/api/v1/auth/password-reset/request", Map.of("email", email)).status())
        .isEqualTo(202);
    return api.mailedToken(admin, email, "PASSWORD_RESET").orElseThrow();
  }

  private Api.Response confirm(String token, String newPassword) {
    return api.post(
        "/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", newPassword));
  }

  private static void assertRefused(Api.Response response) {
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.body().get("type").asString()).endsWith("token-invalid");
  }

  private JsonNode capturedResetMail() {
    for (JsonNode mail :
        api.get("/api/v1/admin/emails?size=200", api.adminToken()).body().get("items")) {
      if (mail.get("to").asString().equals(email)
          && mail.get("kind").asString().equals("PASSWORD_RESET")) {
        assertThat(mail.get("status").asString()).isEqualTo("CAPTURED");
        return mail;
      }
    }
    throw new AssertionError("no captured reset mail to " + email);
  }

  private UUID userId() {
    return UUID.fromString(
        api.get("/api/v1/me", session.accessToken()).body().get("id").asString());
  }
}
