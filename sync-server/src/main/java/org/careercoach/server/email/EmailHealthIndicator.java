package org.careercoach.server.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code email}: UP when SendGrid is configured and mail goes
 * out, CAPTURED_ONLY without an API key, FAILING when mail failed for good in the last day or its
 * last attempt failed. Neither takes the server out of service (both answer 200).
 */
@Component("email")
class EmailHealthIndicator implements HealthIndicator {

  static final Status CAPTURED_ONLY =
      new Status("CAPTURED_ONLY", "no SENDGRID_API_KEY: mail is kept, not sent");
  static final Status FAILING =
      new Status("FAILING", "mail is failing: see GET /api/v1/admin/emails?status=FAILED");

  private final EmailProperties properties;
  private final OutboxRepository outbox;
  private final Clock clock;

  EmailHealthIndicator(EmailProperties properties, OutboxRepository outbox, Clock clock) {
    this.properties = properties;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public Health health() {
    if (!properties.delivers()) {
      return Health.status(CAPTURED_ONLY).build();
    }
    Instant since = clock.instant().minus(Duration.ofDays(1));
    long troubled = outbox.troubled(since);
    if (troubled == 0) {
      return Health.up().build();
    }
    Health.Builder failing = Health.status(FAILING).withDetail("troubledMessages", troubled);
    // The gateway's reason names the fix (a 403 says the sender is not verified, and where).
    outbox.lastTrouble(since).ifPresent(reason -> failing.withDetail("problem", reason));
    return failing.build();
  }
}
