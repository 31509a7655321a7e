package org.careercoach.model.resume;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Defensive copies that keep the records immutable without changing what they hold. */
final class Copies {

  private Copies() {}

  /** Absent stays absent ({@code null}), so a round trip does not invent empty arrays. */
  static <T> List<T> list(List<T> values) {
    return values == null ? null : List.copyOf(values);
  }

  /** Unknown fields are kept as given; {@code null} means none. */
  static Map<String, JsonNode> extensions(Map<String, JsonNode> extensions) {
    if (extensions == null || extensions.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
  }
}
