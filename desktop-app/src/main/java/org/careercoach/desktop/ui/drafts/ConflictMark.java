package org.careercoach.desktop.ui.drafts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.sync.Conflict;

/**
 * A draft's part in a conflict, for its badge in the list.
 *
 * @param conflict the conflict
 * @param copy true for this computer's conflicted copy, false for the server's version
 */
public record ConflictMark(Conflict conflict, boolean copy) {

  /** The badge's words. */
  public String badge() {
    return copy ? "Conflicted copy" : "Conflict";
  }

  /** What the badge means, read out with the draft. */
  public String meaning() {
    return copy
        ? "Your text from this computer; the server kept another version"
        : "Also changed on another computer; a conflicted copy holds this computer's text";
  }

  /** A list with its conflicted drafts on top (each conflict's pair together, newest first). */
  record Marked(List<DraftSummary> drafts, Map<UUID, ConflictMark> marks) {}

  static Marked onTop(List<DraftSummary> found, List<Conflict> conflicts) {
    Map<UUID, ConflictMark> marks = new LinkedHashMap<>();
    for (Conflict conflict : conflicts) {
      marks.putIfAbsent(conflict.draft(), new ConflictMark(conflict, false));
      marks.putIfAbsent(conflict.copy(), new ConflictMark(conflict, true));
    }
    Map<UUID, DraftSummary> byId = new LinkedHashMap<>();
    found.forEach(draft -> byId.put(draft.id(), draft));
    List<DraftSummary> ordered = new ArrayList<>();
    Map<UUID, ConflictMark> shown = new LinkedHashMap<>();
    for (Map.Entry<UUID, ConflictMark> mark : marks.entrySet()) {
      DraftSummary draft = byId.remove(mark.getKey());
      if (draft != null) {
        ordered.add(draft);
        shown.put(draft.id(), mark.getValue());
      }
    }
    ordered.addAll(byId.values());
    return new Marked(ordered, shown);
  }
}
