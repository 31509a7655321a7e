package org.careercoach.server.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model provider's settings: the same environment variables and defaults as before. */
class AiPropertiesTest {

  @Test
  void withoutAKeyNoModelIsConfiguredAndTheDefaultsApply() {
    AiProperties settings = AiProperties.fromEnvironment(Map.of());

    assertThat(settings.configured()).isFalse();
    assertThat(settings.model()).isEqualTo("claude-sonnet-4-5");
    assertThat(settings.baseUrl()).isEqualTo("https://api.anthropic.com");
    assertThat(ModelClient.fromEnvironment(Map.of())).isEmpty();
  }

  @Test
  void readsTheEnvironmentAndNeverPrintsTheKey() {
    AiProperties settings =
        AiProperties.fromEnvironment(
            Map.of(
                "ANTHROPIC_API_KEY", "sk-secret",
                "CLAUDE_MODEL", "claude-test",
                "ANTHROPIC_BASE_URL", "http://localhost:9999"));

    assertThat(settings.configured()).isTrue();
    assertThat(settings.model()).isEqualTo("claude-test");
    assertThat(settings.baseUrl()).isEqualTo("http://localhost:9999");
    assertThat(settings.toString()).doesNotContain("sk-secret");
  }

  @Test
  void aBaseUrlThatIsNotHttpIsRefusedWithItsName() {
    assertThatThrownBy(() -> new AiProperties("sk", null, "ftp://example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ANTHROPIC_BASE_URL");
  }
}
