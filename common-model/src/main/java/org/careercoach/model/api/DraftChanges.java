package org.careercoach.model.api;

import java.util.List;

/**
 * GET /drafts?since=CURSOR: what changed since the cursor, tombstones included, and the cursor to
 * ask with next time.
 */
public record DraftChanges(List<Draft> changes, String cursor) {
  public DraftChanges {
    changes = List.copyOf(changes);
  }
}
