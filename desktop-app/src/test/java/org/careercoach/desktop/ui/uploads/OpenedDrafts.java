package org.careercoach.desktop.ui.uploads;

import java.util.List;
import java.util.UUID;

/**
 * The editor of screens tested without one: it records the drafts the review opens. No draft is
 * open in it, so there is never typing to save before a merge.
 */
final class OpenedDrafts implements DraftEditor {

  private final List<UUID> opened;

  OpenedDrafts(List<UUID> opened) {
    this.opened = opened;
  }

  @Override
  public void open(UUID id) {
    opened.add(id);
  }

  @Override
  public void saveTypingThen(UUID id, Runnable then) {
    then.run();
  }
}
