package org.careercoach.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NoticesAndDurationsTest {

  @Test
  void aNoticeIsOnlyEverOneOfTheConsolesOwnSentences() {
    assertThat(Notices.of("paused")).startsWith("The queue is paused");
    assertThat(Notices.of("retried-12")).startsWith("12 jobs queued again");
    assertThat(Notices.of("<script>alert(1)</script>")).isNull();
    assertThat(Notices.of("retried-12<b>")).isNull();
    assertThat(Notices.of(null)).isNull();
  }

  @Test
  void durationsReadAsAnOperatorWouldSayThem() {
    assertThat(Durations.words(null)).isEqualTo("none");
    assertThat(Durations.words(Duration.ofSeconds(45))).isEqualTo("45 s");
    assertThat(Durations.words(Duration.ofMinutes(12))).isEqualTo("12 min");
    assertThat(Durations.words(Duration.ofMinutes(200))).isEqualTo("3 h 20 min");
    assertThat(Durations.words(Duration.ofHours(52))).isEqualTo("2 d 4 h");
  }
}
