package org.careercoach.desktop.service.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A draft's review: its findings in the resume's order and a score out of 100. */
public record Scorecard(List<Finding> findings) {

  public Scorecard {
    findings = List.copyOf(findings);
  }

  /** 100 less each finding's weight, never below 0. */
  public int score() {
    return Math.max(0, 100 - findings.stream().mapToInt(f -> f.kind().weight()).sum());
  }

  /** How many findings each check made (every check listed, zero included). */
  public Map<CheckKind, Integer> counts() {
    Map<CheckKind, Integer> counts = new EnumMap<>(CheckKind.class);
    for (CheckKind kind : CheckKind.values()) {
      counts.put(kind, 0);
    }
    findings.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
    return counts;
  }
}
