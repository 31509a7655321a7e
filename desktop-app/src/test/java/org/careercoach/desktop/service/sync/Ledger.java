package org.careercoach.desktop.service.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the people of a scenario did, kept by the test: every marker an edit wrote (each edit writes
 * a new one), the markers a person removed on purpose, and how many changes each draft received.
 *
 * <p>"Every edit is in the final state" then means: every marker written is in some draft at the
 * end (the draft itself or a conflicted copy), unless a person removed it on purpose: rewrote the
 * summary that held it, or deleted a draft that held it, <em>on a device that showed it</em> at
 * that moment. A marker a device never showed cannot have been removed there on purpose, so a
 * delete that meets an edit it has not seen must keep the edit, and a rewrite on one device never
 * excuses the loss of another device's line.
 */
final class Ledger {

  static final Pattern MARKER = Pattern.compile("mark-\\d+");

  private final Map<String, String> written = new LinkedHashMap<>();
  private final Set<String> removed = new TreeSet<>();
  private final Map<UUID, Integer> changes = new HashMap<>();
  private final Set<UUID> createdBySteps = new java.util.HashSet<>();

  /** A new marker, written by the step with this number. */
  String write(int step, String by) {
    String marker = "mark-" + step;
    written.put(marker, by + " in step " + step);
    return marker;
  }

  /** The text shown on the device held these markers and the person removed them. */
  void removedOnPurpose(String text) {
    removed.addAll(markersIn(text));
  }

  void changed(UUID draft) {
    changes.merge(draft, 1, Integer::sum);
  }

  void created(UUID draft) {
    createdBySteps.add(draft);
    changed(draft);
  }

  /** How many changes the people made to this draft, on any device. */
  int changesTo(UUID draft) {
    return changes.getOrDefault(draft, 0);
  }

  boolean createdByAStep(UUID draft) {
    return createdBySteps.contains(draft);
  }

  /** The markers that must be somewhere at the end, with who wrote them: none may be missing. */
  List<String> missingFrom(Set<String> present) {
    List<String> missing = new ArrayList<>();
    written.forEach(
        (marker, by) -> {
          if (!removed.contains(marker) && !present.contains(marker)) {
            missing.add(marker + " (written by " + by + ")");
          }
        });
    return missing;
  }

  int writtenCount() {
    return written.size();
  }

  static Set<String> markersIn(String text) {
    Set<String> markers = new TreeSet<>();
    Matcher matcher = MARKER.matcher(text);
    while (matcher.find()) {
      markers.add(matcher.group());
    }
    return markers;
  }
}
