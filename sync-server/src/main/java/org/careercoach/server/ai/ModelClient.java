package org.careercoach.server.ai;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.config.CoachProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Asks the configured model ({@link ChatModel}: Anthropic's Messages API, or an OpenAI-compatible
 * endpoint) for a JSON answer to a prompt. Any trouble (timeout, 429, 529 overloaded, an answer cut
 * off or rejected by the caller's reader) yields empty at once, without retrying: the caller has an
 * offline path. Accepted answers are cached by the hash of the model and the prompt, so the same
 * question is never paid for twice; rejected ones are not cached.
 */
public final class ModelClient {

  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /** The longest answer asked for: a long resume as JSON. */
  static final int MAX_TOKENS = 8192;

  private static final Logger log = LoggerFactory.getLogger(ModelClient.class);

  private final ChatModel model;
  private final AnswerCache cache;

  public ModelClient(ChatModel model, AnswerCache cache) {
    this.model = model;
    this.cache = cache;
  }

  /**
   * Claude at {@code settings}' address, each call bounded by {@code timeout} and never retried;
   * for tests and tools that talk to Anthropic directly.
   */
  public static ModelClient anthropic(AiProperties settings, Duration timeout, AnswerCache cache) {
    return new ModelClient(
        new AnthropicChat(settings.apiKey(), settings.baseUrl(), settings.model(), 0, timeout),
        cache);
  }

  /**
   * For the command line: the provider the server would use ({@code ANTHROPIC_*}, or {@code
   * COACH_AI_PROVIDER=openai} with {@code OPENAI_*}), its answers kept in {@code
   * COACH_DATA_DIR/ai-answers}, the data folder the server uses; empty without a model or with
   * {@code COACH_AI_PARSE_UPLOADS=false}.
   */
  public static Optional<ModelClient> fromEnvironment(Map<String, String> env) {
    ChatProperties chat = ChatProperties.fromEnvironment(env);
    if (!chat.parseUploads()) {
      return Optional.empty();
    }
    Path answers =
        new CoachProperties(env.get("COACH_DATA_DIR"), null).dataDirectory().resolve("ai-answers");
    return ModelProvider.chat(AiProperties.fromEnvironment(env), chat, 0, DEFAULT_TIMEOUT)
        .map(model -> new ModelClient(model, new FolderAnswerCache(answers)));
  }

  /** Which provider and model, as people are shown it. */
  public String name() {
    return model.name();
  }

  /**
   * The model's answer to the prompt, read by {@code read} (which validates and repairs it, or
   * rejects it with empty); from the cache when the same prompt was answered before.
   *
   * @param type what {@code read} returns, kept in the cache as JSON
   */
  public <T> Optional<T> askJson(
      String system, String prompt, Class<T> type, Function<String, Optional<T>> read) {
    String key = sha256(model.name() + "\n" + system + "\n" + prompt);
    Optional<T> cached = cache.get(key).flatMap(answer -> fromCache(key, answer, type));
    if (cached.isPresent()) {
      return cached;
    }
    Optional<T> answer = ask(system, prompt).flatMap(read);
    answer.ifPresent(value -> cache.put(key, CoachJson.mapper().valueToTree(value)));
    return answer;
  }

  private static <T> Optional<T> fromCache(String key, JsonNode answer, Class<T> type) {
    try {
      return Optional.of(CoachJson.mapper().treeToValue(answer, type));
    } catch (JacksonException | IllegalArgumentException unreadable) {
      // An entry the caller's type no longer reads costs one more call, never a failure.
      log.warn("event=ai_cache_unreadable key={} reason={}", key, unreadable.getMessage());
      return Optional.empty();
    }
  }

  /** The whole answer, or empty when it failed or was cut at its length limit. */
  private Optional<String> ask(String system, String prompt) {
    try {
      ChatModel.Reply reply =
          model.write(new ChatModel.Prompt(system, prompt, MAX_TOKENS), piece -> {}, () -> false);
      return reply.complete() && !reply.text().isBlank()
          ? Optional.of(reply.text())
          : Optional.empty();
    } catch (ModelException e) {
      log.info(
          "event=ai_answer_failed model={} kind={} reason={}",
          model.name(),
          e.kind(),
          e.getMessage());
      return Optional.empty();
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
