package org.careercoach.server.email;

import com.sendgrid.Client;
import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.Response;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.Content;
import com.sendgrid.helpers.mail.objects.Email;
import com.sendgrid.helpers.mail.objects.Personalization;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands messages to SendGrid's v3 {@code /mail/send} through sendgrid-java and says, in words, what
 * became of each: accepted, worth retrying, or refused and why (ADR 0006).
 */
@Component
class SendGridGateway implements DisposableBean {

  private final EmailProperties properties;
  private final JsonMapper json;
  private final CloseableHttpClient http;
  private final SendGrid sendGrid;

  SendGridGateway(EmailProperties properties, JsonMapper json) {
    this.properties = properties;
    this.json = json;
    int connect = (int) properties.connectTimeout().toMillis();
    int read = (int) properties.readTimeout().toMillis();
    // sendgrid-java retries nothing itself here: the outbox decides when to try again.
    this.http =
        HttpClients.custom()
            .disableAutomaticRetries()
            .useSystemProperties()
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectTimeout(connect)
                    .setConnectionRequestTimeout(connect)
                    .setSocketTimeout(read)
                    .build())
            .build();
    URI base = properties.sendgridBaseUrl();
    boolean plainHttp = "http".equalsIgnoreCase(base.getScheme());
    this.sendGrid =
        new SendGrid(
            properties.delivers() ? properties.sendgridApiKey() : "unused",
            new Client(http, plainHttp));
    this.sendGrid.setHost(
        base.getPort() == -1 ? base.getHost() : base.getHost() + ":" + base.getPort());
  }

  Delivery send(UUID outboxId, OutgoingEmail message) {
    Request request = new Request();
    request.setMethod(Method.POST);
    request.setEndpoint("mail/send");
    Response response;
    try {
      request.setBody(mail(outboxId, message).build());
      response = sendGrid.api(request);
    } catch (IOException e) {
      return new Delivery.Retry("could not reach SendGrid: " + describe(e), null);
    }
    return interpret(response);
  }

  private Mail mail(UUID outboxId, OutgoingEmail message) {
    Mail mail = new Mail();
    mail.setFrom(new Email(properties.fromEmail(), properties.fromName()));
    mail.setSubject(message.subject());
    Personalization to = new Personalization();
    to.addTo(new Email(message.toAddress(), message.toName()));
    mail.addPersonalization(to);
    mail.addContent(new Content("text/plain", message.textBody()));
    mail.addContent(new Content("text/html", message.htmlBody()));
    // SendGrid has no idempotency key: the outbox id makes a rare repeat traceable.
    mail.addCustomArg("outbox_id", outboxId.toString());
    mail.addCustomArg("kind", message.kind());
    return mail;
  }

  private Delivery interpret(Response response) {
    int status = response.getStatusCode();
    if (status >= 200 && status < 300) {
      return new Delivery.Accepted(header(response.getHeaders(), "X-Message-Id"));
    }
    String said = providerErrors(response.getBody());
    return switch (status) {
      case 429 ->
          new Delivery.Retry(
              "SendGrid is rate limiting (429)" + said, retryAfter(response.getHeaders()));
      case 401 ->
          new Delivery.Refused("SendGrid refused the API key (401): check SENDGRID_API_KEY" + said);
      case 403 ->
          new Delivery.Refused(
              "SendGrid refused to send (403): the sender "
                  + properties.fromEmail()
                  + " is probably not verified. Verify SENDGRID_FROM_EMAIL under Settings →"
                  + " Sender Authentication in SendGrid (or use an API key with Mail Send"
                  + " permission), then resend from the admin console"
                  + said);
      case 400, 413 ->
          new Delivery.Refused("SendGrid rejected the message (" + status + ")" + said);
      default ->
          status >= 500 || status == 408
              ? new Delivery.Retry("SendGrid answered " + status + said, null)
              : new Delivery.Refused("SendGrid answered " + status + said);
    };
  }

  /** SendGrid's own words from its {@code errors} array, which say what to fix. */
  private String providerErrors(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    try {
      JsonNode errors = json.readTree(body).path("errors");
      List<String> messages = new ArrayList<>();
      for (JsonNode error : errors) {
        String message = error.path("message").asString("");
        if (!message.isBlank()) {
          messages.add(message);
        }
      }
      String joined = String.join("; ", messages);
      return joined.isEmpty() ? "" : ". SendGrid said: " + shorten(joined);
    } catch (JacksonException notJson) {
      return "";
    }
  }

  /** Retry-After as seconds or an HTTP date; absent or unreadable means "use the backoff". */
  static Duration retryAfter(Map<String, String> headers) {
    String value = header(headers, "Retry-After");
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
  }

  private static String header(Map<String, String> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, String> entry : headers.entrySet()) {
      if (name.equalsIgnoreCase(entry.getKey())) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + shorten(message));
  }

  private static String shorten(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  @Override
  public void destroy() throws IOException {
    http.close();
  }
}
