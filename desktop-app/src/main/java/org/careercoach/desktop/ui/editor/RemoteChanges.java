package org.careercoach.desktop.ui.editor;

import java.util.Optional;
import java.util.UUID;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.LocalDraft;
import org.careercoach.desktop.service.store.StoreException;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;

/**
 * What the open draft's editor knows of the stored draft, so another device's change (applied by
 * the sync engine underneath) is never overwritten unseen. The autosave writes through {@link
 * #save}: when the stored text is no longer the one the typing started from, the other device's
 * text is first kept as a draft of its own, then the typing is saved. A clean editor instead
 * reloads (see {@code EditorViewModel}). Written on the save's background thread, read on the UI
 * thread: the fields are volatile and only one save runs at a time.
 */
final class RemoteChanges {

  static final String SUFFIX = " (from another computer)";
  private static final int MAX_TITLE = 120;

  private volatile long revision;
  private volatile Resume base;

  /** The draft as the editor loaded it (opened, or reloaded after another device's change). */
  void loaded(LocalDraft draft) {
    revision = draft.revision();
    base = draft.resume();
  }

  /** The stored draft is not the one the editor knows: another device changed it. */
  boolean changedUnderneath(LocalDraft stored) {
    return stored.revision() != revision;
  }

  /** The other device changed the text, not only the name or the Trash state. */
  boolean textDiffers(LocalDraft stored) {
    return !sameText(stored.resume(), base);
  }

  /**
   * Saves the typing; if another device's text arrived under it, keeps that as a new draft first.
   *
   * @return the title of the draft that keeps the other device's text, if one was made
   */
  Optional<String> save(DraftStore drafts, UUID id, Resume typed) {
    LocalDraft stored =
        drafts
            .find(id)
            .orElseThrow(
                () ->
                    new StoreException(
                        StoreException.Kind.NOT_FOUND,
                        "it was deleted on another computer or is no longer in this profile"));
    Optional<String> kept = Optional.empty();
    if (changedUnderneath(stored) && textDiffers(stored)) {
      kept = Optional.of(drafts.duplicate(id, titleOfTheirs(stored.title())).title());
    }
    // The name is the stored one: a rename made elsewhere is kept, the editor never edits it.
    LocalDraft saved = drafts.save(id, stored.title(), typed);
    revision = saved.revision();
    base = typed;
    return kept;
  }

  static String titleOfTheirs(String title) {
    int room = MAX_TITLE - SUFFIX.length();
    String base =
        title.codePointCount(0, title.length()) > room
            ? title.substring(0, title.offsetByCodePoints(0, room)).strip()
            : title;
    return base + SUFFIX;
  }

  static boolean sameText(Resume a, Resume b) {
    if (a == null || b == null) {
      return a == b;
    }
    return CoachJson.mapper().valueToTree(a).equals(CoachJson.mapper().valueToTree(b));
  }
}
