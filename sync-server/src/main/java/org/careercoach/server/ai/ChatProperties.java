package org.careercoach.server.ai;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which provider writes coaching replies, and what a person may spend on them. Anthropic's key,
 * model and address are {@link AiProperties}' (shared with the parser).
 *
 * @param provider {@code COACH_AI_PROVIDER}: {@code anthropic} (the default) or {@code openai}
 * @param openaiApiKey {@code OPENAI_API_KEY}; a local model server may need none (any text works)
 * @param openaiModel {@code OPENAI_MODEL}
 * @param openaiBaseUrl {@code OPENAI_BASE_URL}: OpenAI, or a compatible server on this machine
 * @param dailyTokens {@code COACH_AI_DAILY_TOKENS}: what one person's coaching may use in a day
 *     (prompt and reply tokens as the provider counts them); cached replies cost nothing
 * @param maxReplyTokens {@code COACH_AI_MAX_REPLY_TOKENS}: the longest reply asked for
 * @param parseUploads {@code COACH_AI_PARSE_UPLOADS}: whether uploaded files are also read by the
 *     configured model (its reading checked, the server's own as the fallback); on by default
 */
@ConfigurationProperties("coach.ai.chat")
public record ChatProperties(
    @DefaultValue("anthropic") String provider,
    String openaiApiKey,
    @DefaultValue("gpt-4o-mini") String openaiModel,
    @DefaultValue("https://api.openai.com/v1") String openaiBaseUrl,
    @DefaultValue("50000") long dailyTokens,
    @DefaultValue("1500") int maxReplyTokens,
    @DefaultValue("true") boolean parseUploads) {

  public ChatProperties {
    provider =
        provider == null || provider.isBlank() ? "anthropic" : provider.strip().toLowerCase();
    if (!provider.equals("anthropic") && !provider.equals("openai")) {
      throw new IllegalArgumentException(
          "COACH_AI_PROVIDER must be anthropic or openai, not " + provider);
    }
    openaiApiKey = openaiApiKey == null ? "" : openaiApiKey.strip();
    if (dailyTokens < 0 || maxReplyTokens < 1) {
      throw new IllegalArgumentException(
          "COACH_AI_DAILY_TOKENS must be 0 or more and COACH_AI_MAX_REPLY_TOKENS at least 1");
    }
  }

  /** The same settings from environment variables, for the command line (no Spring there). */
  public static ChatProperties fromEnvironment(Map<String, String> env) {
    return new ChatProperties(
        env.getOrDefault("COACH_AI_PROVIDER", "anthropic"),
        env.get("OPENAI_API_KEY"),
        env.getOrDefault("OPENAI_MODEL", "gpt-4o-mini"),
        env.getOrDefault("OPENAI_BASE_URL", "https://api.openai.com/v1"),
        50_000,
        1500,
        !"false".equalsIgnoreCase(env.getOrDefault("COACH_AI_PARSE_UPLOADS", "true").strip()));
  }

  /** Never the key itself: records print their components. */
  @Override
  public String toString() {
    return "ChatProperties[provider="
        + provider
        + ", openaiApiKey="
        + (openaiApiKey.isEmpty() ? "(none)" : "(set)")
        + ", openaiModel="
        + openaiModel
        + ", openaiBaseUrl="
        + openaiBaseUrl
        + ", dailyTokens="
        + dailyTokens
        + ", maxReplyTokens="
        + maxReplyTokens
        + ", parseUploads="
        + parseUploads
        + "]";
  }
}
