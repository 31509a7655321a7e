package org.careercoach.desktop.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResetCodeTest {

  @Test
  void theCodeIsTakenFromAPastedLinkOrAsItIs() {
    assertThat(ResetCode.fromPasted("https://coach.example.com/reset-password?token=abc_DEF-123"))
        .isEqualTo("abc_DEF-123");
    assertThat(ResetCode.fromPasted("  abc_DEF-123 \n")).isEqualTo("abc_DEF-123");
  }
}
