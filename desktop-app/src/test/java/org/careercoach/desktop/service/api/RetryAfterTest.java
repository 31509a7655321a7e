package org.careercoach.desktop.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void readsSecondsAndHttpDates() {
    assertThat(RetryAfter.parse("120", clock)).contains(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse("Sat, 28 Nov 2026 10:00:30 GMT", clock))
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void boundsWhatIsAbsurdAndIgnoresWhatIsUnreadable() {
    assertThat(RetryAfter.parse("99999999999999999999", clock)).contains(RetryAfter.LONGEST);
    assertThat(RetryAfter.parse("86400", clock)).contains(RetryAfter.LONGEST);
    assertThat(RetryAfter.parse("Fri, 27 Nov 2026 10:00:00 GMT", clock)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", clock)).isEmpty();
    assertThat(RetryAfter.parse(null, clock)).isEmpty();
  }
}
