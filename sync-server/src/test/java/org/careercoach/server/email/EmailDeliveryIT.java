package org.careercoach.server.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ConsoleClient;
import org.careercoach.server.support.FakeSendGrid;
import org.careercoach.server.support.SendGridServerTest;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The outbox delivering through SendGrid's API (a local server playing it). */
class EmailDeliveryIT extends SendGridServerTest {

  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;
  @Autowired OutboxSender sender;
  final FakeSendGrid sendGrid = FakeSendGrid.get();
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    sendGrid.acceptAll();
  }

  @AfterEach
  void mailServerBack() {
    sendGrid.acceptAll();
  }

  @Test
  void theWelcomeMailGoesOutRightAfterRegistration() {
    String email = Accounts.email("welcome");
    api.register(email, Accounts.PASSWORD, "Wendy Welcome");

    await(() -> "SENT".equals(status(email)));

    assertThat(sendGrid.acceptedFor(email)).isEqualTo(1);
    assertThat(sendGrid.lastAcceptedFor(email).at("/subject").asString()).contains("Welcome");
    assertThat(sendGrid.lastAcceptedFor(email).at("/content/0/value").asString())
        .contains("https://coach.example.test/verify-email?token=");
  }

  @Test
  void registrationCommitsWhileTheMailServerIsDownAndTheMailGoesOutWhenItReturns() {
    sendGrid.answer(new MockResponse.Builder().code(503).build());
    String email = Accounts.email("outage");

    api.register(email, Accounts.PASSWORD, "Olivia Outage");
    await(() -> "PENDING".equals(status(email)) && lastError(email) != null);
    assertThat(lastError(email)).contains("503");

    sendGrid.acceptAll();
    clock.advance(Duration.ofMinutes(2));
    await(() -> "SENT".equals(status(email)));

    assertThat(sendGrid.acceptedFor(email)).isEqualTo(1);
  }

  @Test
  void aMessageLeftSendingByACrashedSenderIsTakenUpAfterTheLease() {
    sendGrid.answer(new MockResponse.Builder().code(503).build());
    String email = Accounts.email("crash");
    api.register(email, Accounts.PASSWORD, "Carl Crash");
    await(() -> lastError(email) != null);
    jdbc.sql(
            "update email_outbox set status = 'SENDING', sending_since = :then where to_address = :to")
        .param("then", java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(10))))
        .param("to", email)
        .update();
    sendGrid.acceptAll();

    await(() -> "SENT".equals(status(email)));
    assertThat(sendGrid.acceptedFor(email)).isEqualTo(1);
  }

  @Test
  void aSentMessageIsNotSentAgainByLaterDrainsOrRestarts() {
    String email = Accounts.email("once");
    api.register(email, Accounts.PASSWORD, "Otto Once");
    await(() -> "SENT".equals(status(email)));

    clock.advance(Duration.ofHours(2));
    for (int i = 0; i < 3; i++) {
      sender.drain();
    }

    assertThat(sendGrid.receivedFor(email)).isEqualTo(1);
  }

  @Test
  void anAdminResendsAFailedMessageFromTheConsoleOnceTheCauseIsFixed() {
    sendGrid.answer(new MockResponse.Builder().code(403).build());
    String email = Accounts.email("console-resend");
    api.register(email, Accounts.PASSWORD, "Rhea Resend");
    await(() -> "FAILED".equals(status(email)));
    ConsoleClient console = new ConsoleClient(port);
    console.signIn(ServerIT.ADMIN_EMAIL, ServerIT.ADMIN_PASSWORD);
    String message = "/admin/mail/" + id(email);
    assertThat(console.get("/admin/mail?status=FAILED").body()).contains(email);
    assertThat(console.get(message).body()).contains("Send again", "403");

    sendGrid.acceptAll();
    ConsoleClient.Page resent =
        console.post(message + "/resend", Map.of(), console.csrfFrom(message));

    assertThat(resent.location()).endsWith(message + "?done=resent");
    await(() -> "SENT".equals(status(email)));
    assertThat(
            jdbc.sql(
                    "select count(*) from admin_audit where action = 'mail.resend' and target = :t")
                .param("t", email)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void anUnverifiedSenderFailsForGoodSaysWhyShowsInHealthAndCanBeResent() {
    sendGrid.answer(
        new MockResponse.Builder()
            .code(403)
            .body(
                "{\"errors\":[{\"message\":\"The from address does not match a verified Sender"
                    + " Identity.\",\"field\":\"from\",\"help\":null}]}")
            .build());
    String email = Accounts.email("refused");
    api.register(email, Accounts.PASSWORD, "Rita Refused");

    await(() -> "FAILED".equals(status(email)));
    assertThat(lastError(email)).contains("Sender Authentication").contains("SENDGRID_FROM_EMAIL");
    assertThat(sendGrid.receivedFor(email)).as("no retry for a permanent error").isEqualTo(1);
    assertThat(
            api.get("/actuator/health", api.adminToken())
                .body()
                .at("/components/email/status")
                .asString())
        .isEqualTo("FAILING");
    assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
    ConsoleClient console = new ConsoleClient(port);
    console.signIn(ServerIT.ADMIN_EMAIL, ServerIT.ADMIN_PASSWORD);
    String dashboard = console.get("/admin").body();
    assertThat(dashboard)
        .as("the dashboard names the failure and its fix, and raises the alert")
        .contains("failing", "sender", "not verified", "Sender Authentication")
        .contains("data-alert=\"mail-failing\"");

    String admin = api.adminToken();
    Api.Response failed = api.get("/api/v1/admin/emails?status=FAILED&size=200", admin);
    assertThat(failed.body().get("items").toString()).contains(email);
    sendGrid.acceptAll();
    Api.Response resent =
        api.post("/api/v1/admin/emails/" + id(email) + "/resend", Map.of(), admin);
    assertThat(resent.status()).isEqualTo(202);

    await(() -> "SENT".equals(status(email)));
    assertThat(api.post("/api/v1/admin/emails/" + id(email) + "/resend", Map.of(), admin).status())
        .as("only failed mail is resent")
        .isEqualTo(409);
  }

  @Test
  void aSentMessageKeepsNoTokenInTheDatabaseAndAdminsSeeItMasked() {
    String email = Accounts.email("forget");
    api.register(email, Accounts.PASSWORD, "Fred Forget");
    await(() -> "SENT".equals(status(email)));
    String token = tokenIn(sendGrid.lastAcceptedFor(email));

    Map<String, Object> row =
        jdbc.sql("select * from email_outbox where to_address = :to")
            .param("to", email)
            .query()
            .singleRow();
    assertThat(row.values())
        .allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(token));
    assertThat(row.get("link_token")).isNull();

    JsonNode listed = listed(email, "WELCOME");
    assertThat(listed.get("textBody").asString())
        .contains("/verify-email?token=********")
        .doesNotContain(token);
    assertThat(listed.get("htmlBody").asString()).doesNotContain(token);
    assertThat(api.post("/api/v1/auth/verify-email", Map.of("token", token)).status())
        .as("the user's link still works: only the outbox forgot it")
        .isEqualTo(204);
  }

  @Test
  void resendingAFailedResetMailIssuesANewTokenAndTheOldOneDies() {
    String email = Accounts.email("reissue");
    api.register(email, Accounts.PASSWORD, "Rhea Reissue");
    await(() -> "SENT".equals(status(email)));
    sendGrid.answer(new MockResponse.Builder().code(403).build());
    api.post("/api/v1/auth/password-reset/request", Map.of("email", email));
    await(() -> "FAILED".equals(column("status", email, "PASSWORD_RESET")));
    String old = tokenIn(sendGrid.lastReceivedFor(email));
    assertThat(column("link_token", email, "PASSWORD_RESET")).isNull();
    assertThat(listed(email, "PASSWORD_RESET").get("textBody").asString())
        .contains("token=********")
        .doesNotContain(old);

    sendGrid.acceptAll();
    UUID id = UUID.fromString(column("id", email, "PASSWORD_RESET"));
    assertThat(
            api.post("/api/v1/admin/emails/" + id + "/resend", Map.of(), api.adminToken()).status())
        .isEqualTo(202);
    await(() -> "SENT".equals(column("status", email, "PASSWORD_RESET")));
    String renewed = tokenIn(sendGrid.lastAcceptedFor(email));

    assertThat(renewed).isNotEqualTo(old);
    Api.Response refused =
        api.post(
            "/api/v1/auth/password-reset/confirm",
            Map.of("token", old, "newPassword", "the old link's passphrase 4"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("type").asString()).endsWith("token-invalid");
    assertThat(
            api.post(
                    "/api/v1/auth/password-reset/confirm",
                    Map.of("token", renewed, "newPassword", "the new link's passphrase 4"))
                .status())
        .isEqualTo(204);
  }

  @Test
  void a429WaitsAtLeastRetryAfter() {
    sendGrid.answer(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").build());
    String email = Accounts.email("throttled");
    Instant before = clock.instant();
    api.register(email, Accounts.PASSWORD, "Theo Throttled");

    await(() -> lastError(email) != null);

    Instant next =
        jdbc.sql("select next_attempt_at from email_outbox where to_address = :to")
            .param("to", email)
            .query(java.sql.Timestamp.class)
            .single()
            .toInstant();
    assertThat(next).isAfterOrEqualTo(before.plusSeconds(120));
  }

  @Test
  void aMessageThatNeverGetsThroughFailsAfterTheLastAttempt() {
    sendGrid.answer(new MockResponse.Builder().code(500).build());
    String email = Accounts.email("doomed");
    api.register(email, Accounts.PASSWORD, "Dora Doomed");

    for (int attempt = 1; attempt <= 4; attempt++) {
      int expected = attempt;
      await(() -> attempts(email) >= expected && !"SENDING".equals(status(email)));
      clock.advance(Duration.ofHours(2));
    }

    await(() -> "FAILED".equals(status(email)));
    assertThat(lastError(email)).contains("gave up after 4 attempts");
    assertThat(sendGrid.receivedFor(email)).isEqualTo(4);
  }

  @Test
  void healthSaysUpWhenMailFlows() {
    // Touches no other test's rows: two days on, failures of earlier tests are out of health's
    // one-day window, and the mail they left waiting is due and goes out to the working server.
    clock.advance(Duration.ofDays(2));

    await(
        () ->
            "UP"
                .equals(
                    api.get("/actuator/health", api.adminToken())
                        .body()
                        .at("/components/email/status")
                        .asString()));
  }

  private static String tokenIn(JsonNode sent) {
    Matcher m = TOKEN.matcher(sent.at("/content/0/value").asString());
    assertThat(m.find()).as("a link with a token in the sent mail").isTrue();
    return m.group(1);
  }

  private JsonNode listed(String email, String kind) {
    for (JsonNode mail :
        api.get("/api/v1/admin/emails?size=200", api.adminToken()).body().get("items")) {
      if (mail.get("to").asString().equals(email) && mail.get("kind").asString().equals(kind)) {
        return mail;
      }
    }
    throw new AssertionError("no " + kind + " mail to " + email + " in the admin listing");
  }

  private String column(String column, String email, String kind) {
    return jdbc.sql(
            "select cast("
                + column
                + " as text) from email_outbox where to_address = :to and kind = :kind")
        .param("to", email)
        .param("kind", kind)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private String status(String email) {
    return column("status", email);
  }

  private String lastError(String email) {
    return column("last_error", email);
  }

  private int attempts(String email) {
    String value = column("attempts", email);
    return value == null ? 0 : Integer.parseInt(value);
  }

  private UUID id(String email) {
    return UUID.fromString(column("id", email));
  }

  private String column(String column, String email) {
    return jdbc.sql("select cast(" + column + " as text) from email_outbox where to_address = :to")
        .param("to", email)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 15 s");
      }
      Api.sleep(50);
    }
  }
}
