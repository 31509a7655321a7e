package org.careercoach.server.ai;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The server's models, both from the one configured provider (Anthropic, or an OpenAI-compatible
 * endpoint: {@code COACH_AI_PROVIDER}): the coaching chat, and the parser's JSON client (unless
 * {@code COACH_AI_PARSE_UPLOADS=false}); each absent when no provider is configured.
 */
@Component
@EnableConfigurationProperties({AiProperties.class, ChatProperties.class})
public class ModelProvider {

  /** Retries of 429, 529 and 5xx answers before a reply starts, with the SDKs' backoff. */
  static final int CHAT_RETRIES = 2;

  static final Duration CHAT_TIMEOUT = Duration.ofSeconds(120);

  /** The parser falls back to its own reading at once: a busy model is not waited for. */
  static final int PARSE_RETRIES = 0;

  private final Optional<ModelClient> client;
  private final Optional<ChatModel> chat;
  private final ChatProperties chatProperties;
  private final AnswerCache answers;

  ModelProvider(AiProperties properties, ChatProperties chatProperties, JdbcAnswerCache answers) {
    this.client =
        chatProperties.parseUploads()
            ? chat(properties, chatProperties, PARSE_RETRIES, ModelClient.DEFAULT_TIMEOUT)
                .map(model -> new ModelClient(model, answers))
            : Optional.empty();
    this.chatProperties = chatProperties;
    this.chat = chat(properties, chatProperties, CHAT_RETRIES, CHAT_TIMEOUT);
    this.answers = answers;
  }

  /** The configured provider's model, or empty when none is configured. */
  static Optional<ChatModel> chat(
      AiProperties anthropic, ChatProperties settings, int retries, Duration timeout) {
    if (settings.provider().equals("openai")) {
      // A local server needs no key, but the SDK wants one: any text will do there.
      String key = settings.openaiApiKey().isEmpty() ? "none" : settings.openaiApiKey();
      return Optional.of(
          new OpenAiChat(key, settings.openaiBaseUrl(), settings.openaiModel(), retries, timeout));
    }
    return anthropic.configured()
        ? Optional.of(
            new AnthropicChat(
                anthropic.apiKey(), anthropic.baseUrl(), anthropic.model(), retries, timeout))
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

  /** The parser's client, or empty without a provider or with parsing by model turned off. */
  public Optional<ModelClient> client() {
    return client;
  }
}
