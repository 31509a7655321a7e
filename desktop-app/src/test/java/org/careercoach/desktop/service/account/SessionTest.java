package org.careercoach.desktop.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionTest {

  @Test
  void refreshesInTheLastFifthPlusASecondAtMostAMinuteAndASecondNeverPastHalfway() {
    assertThat(Session.refreshMargin(Duration.ofMinutes(15))).isEqualTo(Duration.ofSeconds(61));
    assertThat(Session.refreshMargin(Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(13));
    assertThat(Session.refreshMargin(Duration.ofSeconds(3))).isEqualTo(Duration.ofMillis(1500));
  }
}
