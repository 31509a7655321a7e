package org.careercoach.server.ai;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.config.CoachProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Asks the model (Anthropic's Messages API) for a JSON answer to a prompt. Any trouble (timeout,
 * 429, 529 overloaded, an answer cut off or rejected by the caller's reader) yields empty, and the
 * caller uses its offline path. Accepted answers are cached by the hash of the model and the
 * prompt, so the same question is never paid for twice; rejected ones are not cached.
 */
public final class ModelClient {

  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private static final Logger log = LoggerFactory.getLogger(ModelClient.class);
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final AiProperties settings;
  private final String baseUrl;
  private final AnswerCache cache;

  public ModelClient(AiProperties settings, Duration timeout, AnswerCache cache) {
    this.settings = settings;
    this.cache = cache;
    String url = settings.baseUrl();
    this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(timeout)
            .callTimeout(timeout)
            .retryOnConnectionFailure(false)
            .build();
  }

  /**
   * For the command line: from {@code ANTHROPIC_*} and {@code CLAUDE_MODEL}, its answers kept in
   * {@code COACH_DATA_DIR/ai-answers}, the data folder the server uses; empty without a key.
   */
  public static Optional<ModelClient> fromEnvironment(Map<String, String> env) {
    AiProperties settings = AiProperties.fromEnvironment(env);
    if (!settings.configured()) {
      return Optional.empty();
    }
    Path answers =
        new CoachProperties(env.get("COACH_DATA_DIR"), null).dataDirectory().resolve("ai-answers");
    return Optional.of(new ModelClient(settings, DEFAULT_TIMEOUT, new FolderAnswerCache(answers)));
  }

  /** Which provider and model, as people are shown it. */
  public String name() {
    return "anthropic:" + settings.model();
  }

  /**
   * The model's answer to the prompt, read by {@code read} (which validates and repairs it, or
   * rejects it with empty); from the cache when the same prompt was answered before.
   *
   * @param type what {@code read} returns, kept in the cache as JSON
   */
  public <T> Optional<T> askJson(
      String system, String prompt, Class<T> type, Function<String, Optional<T>> read) {
    String key = sha256(settings.model() + "\n" + system + "\n" + prompt);
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

  private Optional<String> ask(String system, String prompt) {
    ObjectNode body = CoachJson.mapper().createObjectNode();
    body.put("model", settings.model());
    body.put("max_tokens", 8192);
    body.put("system", system);
    ObjectNode message = body.putArray("messages").addObject();
    message.put("role", "user");
    message.put("content", prompt);
    Request request =
        new Request.Builder()
            .url(baseUrl + "/v1/messages")
            .header("x-api-key", settings.apiKey())
            .header("anthropic-version", "2023-06-01")
            .post(RequestBody.create(CoachJson.mapper().writeValueAsString(body), JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        return Optional.empty();
      }
      JsonNode answer = CoachJson.mapper().readTree(response.body().string());
      if ("max_tokens".equals(answer.path("stop_reason").asString(""))) {
        return Optional.empty();
      }
      StringBuilder out = new StringBuilder();
      for (JsonNode block : answer.path("content")) {
        if ("text".equals(block.path("type").asString(""))) {
          out.append(block.path("text").asString(""));
        }
      }
      return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
    } catch (IOException | JacksonException e) {
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
