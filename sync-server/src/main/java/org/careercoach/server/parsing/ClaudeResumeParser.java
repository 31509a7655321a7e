package org.careercoach.server.parsing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.PartialDate;
import org.careercoach.model.resume.Resume;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Asks Claude (Anthropic's Messages API) to turn a resume's text into JSON Resume, then validates
 * and repairs the answer. Any trouble (timeout, 429, 529 overloaded, an answer that is not JSON
 * Resume or was cut off) yields empty, and the caller uses the heuristic result. Answers are cached
 * by the text's hash, so the same document is never paid for twice.
 */
public final class ClaudeResumeParser {

  private static final MediaType JSON = MediaType.get("application/json");
  private static final String SYSTEM =
      "You convert resumes into JSON Resume (https://jsonresume.org/schema). Answer with one JSON"
          + " object only, no prose. Use only information present in the text; omit fields you"
          + " cannot find; never invent values. Dates are YYYY, YYYY-MM or YYYY-MM-DD; omit"
          + " endDate for a current position. Use basics (name, label, email, phone, url, summary,"
          + " location {city, region, countryCode}, profiles), work (name, position, startDate,"
          + " endDate, summary, highlights), education (institution, area, studyType, startDate,"
          + " endDate, score), skills (name, keywords), languages, projects, certificates.";

  private final OkHttpClient http;
  private final String apiKey;
  private final String model;
  private final String baseUrl;
  private final AnswerCache cache;

  public ClaudeResumeParser(
      String apiKey, String model, String baseUrl, Duration timeout, AnswerCache cache) {
    this.cache = cache;
    this.apiKey = apiKey;
    this.model = model;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(timeout)
            .callTimeout(timeout)
            .retryOnConnectionFailure(false)
            .build();
  }

  /** From {@code ANTHROPIC_API_KEY}, {@code CLAUDE_MODEL} and {@code ANTHROPIC_BASE_URL}. */
  public static Optional<ClaudeResumeParser> fromEnvironment(
      Map<String, String> env, AnswerCache cache) {
    String key = env.getOrDefault("ANTHROPIC_API_KEY", "");
    if (key.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new ClaudeResumeParser(
            key,
            env.getOrDefault("CLAUDE_MODEL", "claude-sonnet-4-5"),
            env.getOrDefault("ANTHROPIC_BASE_URL", "https://api.anthropic.com"),
            Duration.ofSeconds(60),
            cache));
  }

  /** The resume Claude read from the text, or empty when it could not be had or trusted. */
  Optional<Resume> parse(String text) {
    String key = sha256(model + "\n" + text);
    Optional<Resume> cached = cache.get(key);
    if (cached.isPresent()) {
      return cached;
    }
    Optional<Resume> resume = ask(text).flatMap(ClaudeResumeParser::toResume);
    resume.ifPresent(r -> cache.put(key, r));
    return resume;
  }

  private Optional<String> ask(String text) {
    ObjectNode body = CoachJson.mapper().createObjectNode();
    body.put("model", model);
    body.put("max_tokens", 8192);
    body.put("system", SYSTEM);
    ObjectNode message = body.putArray("messages").addObject();
    message.put("role", "user");
    message.put("content", "Resume text:\n\n" + text);
    Request request =
        new Request.Builder()
            .url(baseUrl + "/v1/messages")
            .header("x-api-key", apiKey)
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

  /** The JSON object in the answer, repaired where it can be (dates), validated by the model. */
  static Optional<Resume> toResume(String answer) {
    int start = answer.indexOf('{');
    int end = answer.lastIndexOf('}');
    if (start < 0 || end <= start) {
      return Optional.empty();
    }
    try {
      JsonNode tree = CoachJson.mapper().readTree(answer.substring(start, end + 1));
      if (!tree.isObject()) {
        return Optional.empty();
      }
      repairDates(tree);
      ObjectNode meta = ((ObjectNode) tree).withObjectProperty("meta");
      meta.withObjectProperty(Provenance.META_KEY).put("parser", "claude");
      Resume resume = CoachJson.mapper().treeToValue(tree, Resume.class);
      return resume.basics() == null && resume.work() == null
          ? Optional.empty()
          : Optional.of(resume);
    } catch (JacksonException | IllegalArgumentException invalid) {
      return Optional.empty();
    }
  }

  /** Dates written another way ("Jan 2019", "Present") become ISO or are dropped. */
  private static void repairDates(JsonNode node) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
      java.util.List<String> drop = new java.util.ArrayList<>();
      java.util.Map<String, String> fixed = new java.util.HashMap<>();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = field.getKey();
        JsonNode value = field.getValue();
        if (name.endsWith("Date") || name.equals("date")) {
          if (!value.isString()) {
            drop.add(name);
            continue;
          }
          try {
            PartialDate.parse(value.asString());
          } catch (IllegalArgumentException notIso) {
            Optional<PartialDate> parsed = DateRanges.parse(value.asString());
            if (parsed.isPresent()) {
              fixed.put(name, parsed.get().toString());
            } else {
              drop.add(name);
            }
          }
        } else {
          repairDates(value);
        }
      }
      drop.forEach(object::remove);
      fixed.forEach(object::put);
    } else if (node.isArray()) {
      node.forEach(ClaudeResumeParser::repairDates);
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
