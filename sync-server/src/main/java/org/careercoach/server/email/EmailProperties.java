package org.careercoach.server.email;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email delivery.
 *
 * @param sendgridApiKey {@code SENDGRID_API_KEY}; empty means mail is captured, never sent
 * @param fromEmail {@code SENDGRID_FROM_EMAIL}: a sender verified in SendGrid
 * @param fromName {@code SENDGRID_FROM_NAME}
 * @param sendgridBaseUrl {@code SENDGRID_BASE_URL}: SendGrid's API, or a local server that plays it
 * @param maxAttempts attempts before a message is marked FAILED
 * @param initialBackoff the first retry's delay; each further retry doubles it, with jitter
 * @param maxBackoff the longest delay between two attempts
 * @param pollInterval how often the sender looks for due messages (it is also woken on commit)
 * @param sendingLease a message marked SENDING longer than this (its sender died) is taken up again
 * @param connectTimeout connecting to SendGrid
 * @param readTimeout waiting for SendGrid's answer
 */
@ConfigurationProperties("coach.email")
public record EmailProperties(
    String sendgridApiKey,
    String fromEmail,
    @DefaultValue("Career Coach") String fromName,
    @DefaultValue("https://api.sendgrid.com") URI sendgridBaseUrl,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("10s") Duration initialBackoff,
    @DefaultValue("1h") Duration maxBackoff,
    @DefaultValue("2s") Duration pollInterval,
    @DefaultValue("5m") Duration sendingLease,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("20s") Duration readTimeout) {

  public EmailProperties {
    if (sendgridApiKey != null
        && !sendgridApiKey.isBlank()
        && (fromEmail == null || fromEmail.isBlank())) {
      throw new IllegalArgumentException(
          "SENDGRID_FROM_EMAIL is required when SENDGRID_API_KEY is set: use a sender verified"
              + " under Settings → Sender Authentication in SendGrid");
    }
  }

  /** Whether mail leaves the machine; without an API key it is only captured. */
  public boolean delivers() {
    return sendgridApiKey != null && !sendgridApiKey.isBlank();
  }
}
