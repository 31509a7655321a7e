package org.careercoach.server.coaching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careercoach.model.api.ModelDisclosure;
import org.careercoach.server.ai.ChatModel;
import org.careercoach.server.ai.ModelProvider;
import org.careercoach.server.ai.ModelUse;
import org.careercoach.server.config.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Coaching over HTTP:
 *
 * <ul>
 *   <li>{@code POST /api/v1/coach/replies}: a reply as Server-Sent Events ({@code text} pieces,
 *       then {@code done} or {@code failed}); 503 without a model, 429 past the day's budget.
 *   <li>{@code GET /api/v1/coach/prompts}: the model, each task's exact instructions (what is sent
 *       with the person's material), the daily budget and what the person used of it today, and
 *       what the server's other uses of a model send (reading uploads, when configured).
 *   <li>{@code GET /api/v1/admin/coaching-usage}: each person's use over the last days (admins).
 * </ul>
 */
@RestController
class CoachingController {

  private final CoachingService coaching;
  private final CoachingUsage usage;
  private final ModelProvider models;
  private final List<ModelUse> otherUses;

  /**
   * @param otherUses what the other features send to a model (reading uploads), each declared by
   *     its feature
   */
  CoachingController(
      CoachingService coaching,
      CoachingUsage usage,
      ModelProvider models,
      List<ModelUse> otherUses) {
    this.coaching = coaching;
    this.usage = usage;
    this.models = models;
    this.otherUses = otherUses;
  }

  @PostMapping(path = "/api/v1/coach/replies", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter reply(@AuthenticationPrincipal Jwt jwt, @RequestBody CoachingRequest request) {
    return coaching.reply(CurrentUser.of(jwt).userId(), request);
  }

  /** What is sent to the provider, for the app's settings to show before coaching is turned on. */
  @GetMapping("/api/v1/coach/prompts")
  ModelDisclosure prompts(@AuthenticationPrincipal Jwt jwt) {
    Map<String, String> instructions = new LinkedHashMap<>();
    for (CoachingTask task : CoachingTask.values()) {
      instructions.put(task.name(), task.instructions());
    }
    return new ModelDisclosure(
        models.chat().map(ChatModel::name).orElse(""),
        instructions,
        models.chatProperties().dailyTokens(),
        usage.today(CurrentUser.of(jwt).userId()),
        otherUses.stream()
            .filter(ModelUse::active)
            .map(
                u ->
                    new ModelDisclosure.OtherUse(
                        u.purpose(), u.model(), u.instructions(), u.material()))
            .toList());
  }

  @GetMapping("/api/v1/admin/coaching-usage")
  List<CoachingUsage.Day> usage(@RequestParam(defaultValue = "30") int days) {
    return usage.recent(Math.max(1, Math.min(days, 366)));
  }
}
