package org.careercoach.model.api;

import java.util.List;

/**
 * GET /drafts?since=CURSOR&amp;limit=N: what changed since the cursor, in commit order, tombstones
 * included, each draft at most once (its latest state), and the cursor to ask with next time.
 *
 * @param changes the drafts changed after the cursor, oldest change first
 * @param cursor opaque; names the server's data and the last change in this page
 * @param hasMore whether more changes follow: ask again at once with {@code cursor}
 */
public record DraftChanges(List<Draft> changes, String cursor, boolean hasMore) {
  public DraftChanges {
    changes = List.copyOf(changes);
  }
}
