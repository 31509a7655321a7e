package org.careercoach.server.ai;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The model provider.
 *
 * @param apiKey {@code ANTHROPIC_API_KEY}; empty means no model: callers use their offline path
 * @param model {@code CLAUDE_MODEL}
 * @param baseUrl {@code ANTHROPIC_BASE_URL}: Anthropic's API, a proxy, or a local server in tests
 */
@ConfigurationProperties("coach.ai")
public record AiProperties(
    String apiKey,
    @DefaultValue(AiProperties.DEFAULT_MODEL) String model,
    @DefaultValue(AiProperties.DEFAULT_BASE_URL) String baseUrl) {

  static final String DEFAULT_MODEL = "claude-sonnet-4-5";
  static final String DEFAULT_BASE_URL = "https://api.anthropic.com";

  public AiProperties {
    apiKey = apiKey == null ? "" : apiKey.strip();
    model = model == null || model.isBlank() ? DEFAULT_MODEL : model.strip();
    baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
    if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
      throw new IllegalArgumentException(
          "ANTHROPIC_BASE_URL must be an http:// or https:// address, not " + baseUrl);
    }
  }

  /** The same settings from environment variables, for the command line (no Spring there). */
  public static AiProperties fromEnvironment(Map<String, String> env) {
    return new AiProperties(
        env.get("ANTHROPIC_API_KEY"), env.get("CLAUDE_MODEL"), env.get("ANTHROPIC_BASE_URL"));
  }

  /** Whether a model can be asked at all. */
  public boolean configured() {
    return !apiKey.isBlank();
  }

  /** Never the key itself: records print their components. */
  @Override
  public String toString() {
    return "AiProperties[apiKey="
        + (configured() ? "(set)" : "(none)")
        + ", model="
        + model
        + ", baseUrl="
        + baseUrl
        + "]";
  }
}
