package org.careercoach.server.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmailPropertiesTest {

  @Test
  void anApiKeyWithoutAVerifiedSenderIsRefusedAtStartWithWhatToDo() {
    assertThatThrownBy(() -> properties("SG.key", ""))
        .hasMessageContaining("SENDGRID_FROM_EMAIL")
        .hasMessageContaining("Sender Authentication");
  }

  @Test
  void noApiKeyMeansCapturedMail() {
    assertThat(properties("", "").delivers()).isFalse();
    assertThat(properties("SG.key", "coach@example.com").delivers()).isTrue();
  }

  private static EmailProperties properties(String key, String from) {
    Duration s = Duration.ofSeconds(1);
    return new EmailProperties(
        key, from, "Career Coach", URI.create("https://api.sendgrid.com"), 8, s, s, s, s, s, s);
  }
}
