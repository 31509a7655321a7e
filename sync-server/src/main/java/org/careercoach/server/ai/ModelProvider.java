package org.careercoach.server.ai;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The server's models: the parser's JSON client (Anthropic) and the coaching chat (Anthropic or an
 * OpenAI-compatible endpoint, {@code COACH_AI_PROVIDER}); each absent when not configured.
 */
@Component
@EnableConfigurationProperties({AiProperties.class, ChatProperties.class})
public class ModelProvider {

  /** Retries of 429, 529 and 5xx answers before a reply starts, with the SDKs' backoff. */
  static final int CHAT_RETRIES = 2;

  static final Duration CHAT_TIMEOUT = Duration.ofSeconds(120);

  private final Optional<ModelClient> client;
  private final Optional<ChatModel> chat;
  private final ChatProperties chatProperties;
  private final AnswerCache answers;

  ModelProvider(AiProperties properties, ChatProperties chatProperties, JdbcAnswerCache answers) {
    this.client =
        properties.configured()
            ? Optional.of(new ModelClient(properties, ModelClient.DEFAULT_TIMEOUT, answers))
            : Optional.empty();
    this.chatProperties = chatProperties;
    this.chat = chat(properties, chatProperties);
    this.answers = answers;
  }

  static Optional<ChatModel> chat(AiProperties anthropic, ChatProperties settings) {
    if (settings.provider().equals("openai")) {
      // A local server needs no key, but the SDK wants one: any text will do there.
      String key = settings.openaiApiKey().isEmpty() ? "none" : settings.openaiApiKey();
      return Optional.of(
          new OpenAiChat(
              key, settings.openaiBaseUrl(), settings.openaiModel(), CHAT_RETRIES, CHAT_TIMEOUT));
    }
    return anthropic.configured()
        ? Optional.of(
            new AnthropicChat(
                anthropic.apiKey(),
                anthropic.baseUrl(),
                anthropic.model(),
                CHAT_RETRIES,
                CHAT_TIMEOUT))
        : Optional.empty();
  }

  /** The coaching chat, or empty when no provider is configured. */
  public Optional<ChatModel> chat() {
    return chat;
  }

  /** The answers already paid for, shared by every instance. */
  public AnswerCache answers() {
    return answers;
  }

  public ChatProperties chatProperties() {
    return chatProperties;
  }

  /** The client, or empty when no {@code ANTHROPIC_API_KEY} is set. */
  public Optional<ModelClient> client() {
    return client;
  }
}
