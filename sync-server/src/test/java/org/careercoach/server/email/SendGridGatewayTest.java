package org.careercoach.server.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.careercoach.model.json.CoachJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** sendgrid-java against a local server that plays SendGrid's v3 API, answer by answer. */
class SendGridGatewayTest {

  private static final UUID OUTBOX_ID = UUID.fromString("6c1c2d0e-0000-4000-8000-000000000042");
  private static final OutgoingEmail MAIL =
      new OutgoingEmail(
          UUID.randomUUID(),
          "WELCOME",
          "ana@example.com",
          "Ana Silva",
          "Welcome to Career Coach",
          "Hi Ana, plain",
          "<p>Hi Ana, html</p>");

  private final MockWebServer sendGrid = new MockWebServer();
  private SendGridGateway gateway;

  @BeforeEach
  void start() throws Exception {
    sendGrid.start();
    gateway = new SendGridGateway(properties(sendGrid.url("/").uri()), CoachJson.mapper());
  }

  @AfterEach
  void stop() throws Exception {
    gateway.destroy();
    sendGrid.close();
  }

  @Test
  void sendsExactlyTheV3MailSendRequest() throws Exception {
    sendGrid.enqueue(
        new MockResponse.Builder().code(202).addHeader("X-Message-Id", "sg-1").build());

    Delivery result = gateway.send(OUTBOX_ID, MAIL);

    assertThat(result).isEqualTo(new Delivery.Accepted("sg-1"));
    RecordedRequest request = sendGrid.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v3/mail/send");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer SG.test-key");
    JsonNode body = CoachJson.mapper().readTree(request.getBody().utf8());
    assertThat(body.at("/from/email").asString()).isEqualTo("coach@example.com");
    assertThat(body.at("/from/name").asString()).isEqualTo("Career Coach");
    assertThat(body.at("/subject").asString()).isEqualTo("Welcome to Career Coach");
    assertThat(body.at("/personalizations").size()).isEqualTo(1);
    assertThat(body.at("/personalizations/0/to/0/email").asString()).isEqualTo("ana@example.com");
    assertThat(body.at("/personalizations/0/to/0/name").asString()).isEqualTo("Ana Silva");
    assertThat(body.at("/content/0/type").asString()).isEqualTo("text/plain");
    assertThat(body.at("/content/0/value").asString()).isEqualTo("Hi Ana, plain");
    assertThat(body.at("/content/1/type").asString()).isEqualTo("text/html");
    assertThat(body.at("/content/1/value").asString()).isEqualTo("<p>Hi Ana, html</p>");
    assertThat(body.at("/custom_args/outbox_id").asString()).isEqualTo(OUTBOX_ID.toString());
  }

  @Test
  void a400IsRefusedWithSendGridsOwnWords() {
    sendGrid.enqueue(
        error(400, "The content value must be a string at least one character in length."));

    Delivery result = gateway.send(OUTBOX_ID, MAIL);

    assertThat(result).isInstanceOf(Delivery.Refused.class);
    assertThat(((Delivery.Refused) result).reason())
        .contains("400")
        .contains("The content value must be a string");
  }

  @Test
  void a401NamesTheApiKey() {
    sendGrid.enqueue(
        error(401, "The provided authorization grant is invalid, expired, or revoked"));

    assertThat(((Delivery.Refused) gateway.send(OUTBOX_ID, MAIL)).reason())
        .contains("SENDGRID_API_KEY");
  }

  @Test
  void a403ForAnUnverifiedSenderSaysHowToFixIt() {
    sendGrid.enqueue(
        error(
            403,
            "The from address does not match a verified Sender Identity. Mail cannot be sent"
                + " until this error is resolved."));

    String reason = ((Delivery.Refused) gateway.send(OUTBOX_ID, MAIL)).reason();

    assertThat(reason)
        .contains("coach@example.com")
        .contains("SENDGRID_FROM_EMAIL")
        .contains("Sender Authentication")
        .contains("does not match a verified Sender Identity");
  }

  @Test
  void a429IsRetriedNoSoonerThanRetryAfter() {
    sendGrid.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build());

    Delivery result = gateway.send(OUTBOX_ID, MAIL);

    assertThat(result).isInstanceOf(Delivery.Retry.class);
    assertThat(((Delivery.Retry) result).retryAfter()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void a500IsRetried() {
    sendGrid.enqueue(new MockResponse.Builder().code(500).body("oops").build());

    assertThat(gateway.send(OUTBOX_ID, MAIL)).isInstanceOf(Delivery.Retry.class);
  }

  @Test
  void aResetConnectionIsRetried() {
    sendGrid.enqueue(
        new MockResponse.Builder()
            .onRequestStart(new SocketEffect.CloseSocket(true, true, true))
            .build());

    Delivery result = gateway.send(OUTBOX_ID, MAIL);

    assertThat(result).isInstanceOf(Delivery.Retry.class);
    assertThat(((Delivery.Retry) result).reason()).contains("could not reach SendGrid");
  }

  @Test
  void aReadTimeoutIsRetried() {
    sendGrid.enqueue(
        new MockResponse.Builder().code(202).headersDelay(3, TimeUnit.SECONDS).build());

    Delivery result = gateway.send(OUTBOX_ID, MAIL);

    assertThat(result).isInstanceOf(Delivery.Retry.class);
    assertThat(((Delivery.Retry) result).reason()).containsIgnoringCase("timed out");
  }

  @Test
  void nobodyListeningIsRetried() throws Exception {
    URI closed = sendGrid.url("/").uri();
    sendGrid.close();
    SendGridGateway offline = new SendGridGateway(properties(closed), CoachJson.mapper());

    assertThat(offline.send(OUTBOX_ID, MAIL)).isInstanceOf(Delivery.Retry.class);
    offline.destroy();
  }

  private static MockResponse error(int code, String message) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body("{\"errors\":[{\"message\":\"" + message + "\",\"field\":\"from\",\"help\":null}]}")
        .build();
  }

  static EmailProperties properties(URI base) {
    return new EmailProperties(
        "SG.test-key",
        "coach@example.com",
        "Career Coach",
        base,
        8,
        Duration.ofSeconds(10),
        Duration.ofHours(1),
        Duration.ofSeconds(2),
        Duration.ofMinutes(5),
        Duration.ofSeconds(1),
        Duration.ofSeconds(1));
  }
}
