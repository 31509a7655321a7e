package org.careercoach.server.coaching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.ai.ChatModel;
import org.careercoach.server.ai.ModelException;
import org.careercoach.server.ai.ModelProvider;
import org.careercoach.server.config.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;

/**
 * Writes coaching replies. Each reply streams to the app as {@code text} events while the model
 * writes, then one {@code done} (or {@code failed}) event. In order:
 *
 * <ol>
 *   <li>A reply already paid for (same model, task, instructions and material) comes from the cache
 *       at once, costing nothing.
 *   <li>A person past today's budget gets 429 with when it renews, before anything is sent.
 *   <li>Otherwise the model writes on one of a few threads; the stream stops the moment the app
 *       goes away (Stop, or a dropped connection), and the tokens used so far are charged.
 * </ol>
 *
 * A complete reply is cached; one stopped, cut or refused is not, so asking again starts afresh.
 */
@Service
public class CoachingService {

  /** Replies written at once on this instance; more wait in a short queue, then get 503. */
  static final int WRITERS = 4;

  static final Duration REPLY_LIMIT = Duration.ofMinutes(5);

  private static final Logger log = LoggerFactory.getLogger(CoachingService.class);

  private final ModelProvider models;
  private final CoachingUsage usage;
  private final Clock clock;
  private final ThreadPoolExecutor writers =
      new ThreadPoolExecutor(
          WRITERS, WRITERS, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(WRITERS * 4));

  CoachingService(ModelProvider models, CoachingUsage usage, Clock clock) {
    this.models = models;
    this.usage = usage;
    this.clock = clock;
    writers.allowCoreThreadTimeOut(true);
  }

  SseEmitter reply(UUID user, CoachingRequest request) {
    check(request);
    ChatModel chat =
        models
            .chat()
            .orElseThrow(
                () ->
                    new ApiProblem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "no-model",
                        "No model",
                        "No AI model is configured on this server; coaching works offline in the"
                            + " app."));
    String key = key(chat, request);
    SseEmitter emitter = new SseEmitter(REPLY_LIMIT.toMillis());
    Optional<String> cached = models.answers().get(key).map(CoachingService::textOf);
    if (cached.isPresent() && !cached.get().isEmpty()) {
      send(emitter, "text", Map.of("text", cached.get()));
      send(emitter, "done", Map.of("cached", true, "tokens", 0, "complete", true));
      emitter.complete();
      return emitter;
    }
    long budget = models.chatProperties().dailyTokens();
    if (usage.today(user) >= budget) {
      throw ApiProblem.tooManyRequests(
          "Today's coaching budget of "
              + budget
              + " tokens is used up. It renews at midnight UTC; until then coaching works"
              + " offline in the app.",
          untilMidnight());
    }
    AtomicBoolean stopped = new AtomicBoolean();
    emitter.onCompletion(() -> stopped.set(true));
    emitter.onTimeout(() -> stopped.set(true));
    emitter.onError(e -> stopped.set(true));
    try {
      writers.execute(() -> write(user, chat, request, key, emitter, stopped));
    } catch (RejectedExecutionException full) {
      throw ApiProblem.busy(
          "The server is writing as many replies as it can; try again in a moment.",
          Duration.ofSeconds(10));
    }
    return emitter;
  }

  private void write(
      UUID user,
      ChatModel chat,
      CoachingRequest request,
      String key,
      SseEmitter emitter,
      AtomicBoolean stopped) {
    ChatModel.Prompt prompt =
        new ChatModel.Prompt(
            request.task().instructions(),
            request.material(),
            models.chatProperties().maxReplyTokens());
    StringBuilder written = new StringBuilder();
    try {
      ChatModel.Reply reply =
          chat.write(
              prompt,
              piece -> {
                written.append(piece);
                if (!send(emitter, "text", Map.of("text", piece))) {
                  stopped.set(true);
                }
              },
              stopped::get);
      long tokens = charged(reply.inputTokens(), reply.outputTokens(), prompt, written);
      usage.add(user, tokens);
      if (reply.complete()) {
        models.answers().put(key, CoachJson.mapper().valueToTree(Map.of("text", reply.text())));
      }
      send(
          emitter, "done", Map.of("cached", false, "tokens", tokens, "complete", reply.complete()));
      emitter.complete();
    } catch (ModelException e) {
      usage.add(user, charged(0, 0, prompt, written));
      log.warn("event=coaching_reply_failed kind={} reason={}", e.kind(), e.getMessage());
      send(emitter, "failed", Map.of("reason", e.kind().name(), "message", words(e)));
      emitter.complete();
    }
  }

  /**
   * The provider's count when it gave one; else an estimate of four characters a token, so a reply
   * cut before its count still counts against the budget.
   */
  private static long charged(long input, long output, ChatModel.Prompt prompt, CharSequence text) {
    long in = input > 0 ? input : (prompt.system().length() + prompt.user().length()) / 4;
    long out = output > 0 ? output : text.length() / 4;
    return in + out;
  }

  private static String words(ModelException e) {
    return switch (e.kind()) {
      case BUSY -> "The model is busy right now; try again in a minute.";
      case CUT -> "The reply was cut off; ask again to get it whole.";
      case FAILED -> "The model could not answer; the operator can see why in the server's log.";
    };
  }

  private static void check(CoachingRequest request) {
    if (request == null || request.task() == null) {
      throw ApiProblem.invalid(
          "task", "must be one of REWRITE, INTERVIEW_QUESTIONS, ANSWER_FEEDBACK");
    }
    if (request.material() == null || request.material().isBlank()) {
      throw ApiProblem.invalid("material", "must not be empty");
    }
    if (request.material().length() > CoachingRequest.MAX_MATERIAL) {
      throw ApiProblem.invalid(
          "material", "is longer than " + CoachingRequest.MAX_MATERIAL + " characters");
    }
  }

  /** Sends one event; false when the app is gone. */
  private static boolean send(SseEmitter emitter, String name, Map<String, Object> data) {
    try {
      emitter.send(SseEmitter.event().name(name).data(CoachJson.mapper().writeValueAsString(data)));
      return true;
    } catch (IOException | IllegalStateException gone) {
      return false;
    }
  }

  private Duration untilMidnight() {
    LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
    return Duration.between(clock.instant(), tomorrow.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  static String key(ChatModel chat, CoachingRequest request) {
    String text =
        chat.name()
            + "\n"
            + request.task()
            + "\n"
            + request.task().instructions()
            + "\n"
            + request.material();
    try {
      return "coaching:"
          + HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** A cached reply is {@code {"text": …}}. */
  private static String textOf(JsonNode answer) {
    return answer.path("text").asString("");
  }
}
