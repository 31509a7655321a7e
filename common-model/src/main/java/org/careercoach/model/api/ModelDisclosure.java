package org.careercoach.model.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server sends to its AI provider ({@code GET /api/v1/coach/prompts}), for the app's
 * Settings to show before the person turns coaching on.
 *
 * @param model the coaching model as {@code provider:model}; empty when the server has none
 * @param instructions each coaching task's exact instructions, sent before the person's material
 * @param dailyTokens the tokens one person may use a day
 * @param usedToday what the signed-in person used today
 * @param otherUses the server's other uses of a model with the person's data, such as reading
 *     uploaded files; only those the operator configured
 */
public record ModelDisclosure(
    String model,
    Map<String, String> instructions,
    long dailyTokens,
    long usedToday,
    List<OtherUse> otherUses) {

  public ModelDisclosure {
    model = model == null ? "" : model;
    // In the server's order, which is the order the app lists them in.
    instructions =
        instructions == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(instructions));
    otherUses = otherUses == null ? List.of() : List.copyOf(otherUses);
  }

  /** Whether the server has a coaching model at all. */
  public boolean coachingConfigured() {
    return !model.isEmpty();
  }

  /**
   * One other use.
   *
   * @param purpose what it is for, in words
   * @param model the provider and model it goes to
   * @param instructions the exact instructions sent
   * @param material what of the person's data goes with them, in words
   */
  public record OtherUse(String purpose, String model, String instructions, String material) {}
}
