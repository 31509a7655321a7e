package org.careercoach.desktop.service.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.desktop.service.store.DraftStore.VersionReason;
import org.careercoach.desktop.service.store.PendingChange.Change;
import org.careercoach.model.resume.Resume;

/**
 * The changes to a draft that the sync engine must hear of. This is where {@link DraftStore}'s
 * invariant is kept: <b>every change writes its draft row (revision one higher), the search index
 * when the title or text changed, its versions as {@link History}'s rule says, and exactly one
 * outbox row, in one transaction</b>. The transaction is {@link SqliteDraftStore}'s: it runs each
 * method inside {@link StoreConnection#write}, so all of it is stored or none. A call that changes
 * nothing (the same text, a draft already in the Trash) writes nothing, not even an outbox row.
 */
final class DraftChanges {

  private final DraftRows drafts;
  private final SearchIndex index;
  private final History history;
  private final SentCopies sentCopies;
  private final OutboxRows outbox;
  private final Clock clock;

  DraftChanges(
      DraftRows drafts,
      SearchIndex index,
      History history,
      SentCopies sentCopies,
      OutboxRows outbox,
      Clock clock) {
    this.drafts = drafts;
    this.index = index;
    this.history = history;
    this.sentCopies = sentCopies;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Now, to the millisecond that every time column keeps. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  LocalDraft create(String title, Resume resume) throws SQLException {
    UUID id = UUID.randomUUID();
    Instant now = now();
    String json = ResumeJson.write(resume);
    drafts.insert(id, title, resume, json, now, now, null);
    index.put(id, title, resume);
    history.add(id, now, title, json, VersionReason.AUTOSAVE);
    outbox.add(id, Change.CREATE, 1, now);
    return drafts.draft(id);
  }

  /** An autosave: history coalesces it with the autosaves just before (see {@link History}). */
  LocalDraft save(UUID id, String title, Resume resume) throws SQLException {
    String json = ResumeJson.write(resume);
    DraftRows.Stored before = drafts.require(id);
    if (before.title().equals(title) && before.json().equals(json)) {
      return before.as(resume);
    }
    Instant now = now();
    updateText(id, before.revision(), title, resume, json, now, Change.UPDATE);
    history.autosave(id, now, title, json);
    return new LocalDraft(
        id, title, resume, before.revision() + 1, before.createdAt(), now, before.trashedAt());
  }

  /** A new name keeps no version of its own: the next autosave or close keeps it. */
  LocalDraft rename(UUID id, String title) throws SQLException {
    LocalDraft before = drafts.draft(id);
    if (before.title().equals(title)) {
      return before;
    }
    Resume resume = before.resume();
    updateText(
        id, before.revision(), title, resume, ResumeJson.write(resume), now(), Change.RENAME);
    return drafts.draft(id);
  }

  /** Keeps the text before the restore as a version, then stores the version's text. */
  LocalDraft restoreVersion(UUID id, long versionId) throws SQLException {
    LocalDraft before = drafts.draft(id);
    String json = history.json(id, versionId);
    history.keep(before, VersionReason.BEFORE_RESTORE, now());
    if (json.equals(ResumeJson.write(before.resume()))) {
      return before;
    }
    updateText(
        id, before.revision(), before.title(), ResumeJson.read(json), json, now(), Change.UPDATE);
    return drafts.draft(id);
  }

  private void updateText(
      UUID id,
      long revisionBefore,
      String title,
      Resume resume,
      String json,
      Instant now,
      Change change)
      throws SQLException {
    long revision = revisionBefore + 1;
    drafts.updateText(id, revision, title, resume, json, now);
    index.put(id, title, resume);
    outbox.add(id, change, revision, now);
  }

  LocalDraft moveToTrash(UUID id) throws SQLException {
    LocalDraft before = drafts.draft(id);
    return before.trashed() ? before : setTrashed(before, now(), Change.TRASH);
  }

  LocalDraft restoreFromTrash(UUID id) throws SQLException {
    LocalDraft before = drafts.draft(id);
    return before.trashed() ? setTrashed(before, null, Change.RESTORE) : before;
  }

  private LocalDraft setTrashed(LocalDraft before, Instant trashedAt, Change change)
      throws SQLException {
    Instant now = now();
    long revision = before.revision() + 1;
    drafts.setTrashed(before.id(), trashedAt, revision);
    outbox.add(before.id(), change, revision, now);
    return drafts.draft(before.id());
  }

  /** Deletes the draft with its history (the versions cascade); sent copies stay. */
  void delete(UUID id) throws SQLException {
    delete(drafts.draft(id));
  }

  private void delete(LocalDraft draft) throws SQLException {
    index.remove(draft.id());
    drafts.delete(draft.id());
    outbox.add(draft.id(), Change.DELETE, draft.revision() + 1, now());
  }

  /** Deletes for good the drafts trashed longer ago than {@code age}; returns how many. */
  int purgeTrash(Duration age) throws SQLException {
    List<UUID> old = drafts.trashedBefore(now().minus(age));
    for (UUID id : old) {
      delete(id);
    }
    return old.size();
  }

  /**
   * Stores a draft carried from another profile under its own id, with its history; a draft already
   * here (a move interrupted after this step) is left as it is. Returns whether it was stored.
   */
  boolean receive(Carried carried) throws SQLException {
    LocalDraft draft = carried.draft();
    if (drafts.find(draft.id()).isPresent()) {
      return false;
    }
    Instant now = now();
    String json = ResumeJson.write(draft.resume());
    drafts.insert(
        draft.id(),
        draft.title(),
        draft.resume(),
        json,
        draft.createdAt(),
        draft.updatedAt(),
        draft.trashedAt());
    index.put(draft.id(), draft.title(), draft.resume());
    for (Carried.Version version : carried.versions()) {
      history.add(draft.id(), version);
    }
    history.add(draft.id(), now, draft.title(), json, VersionReason.MOVED_FROM_LOCAL_PROFILE);
    for (Carried.Sent sent : carried.sent()) {
      sentCopies.add(draft.id(), sent);
    }
    outbox.add(draft.id(), Change.CREATE, 1, now);
    return true;
  }

  /** Removes a draft now stored in another profile, with its history and sent copies. */
  void forgetMoved(UUID id) throws SQLException {
    Optional<LocalDraft> draft = drafts.find(id);
    if (draft.isEmpty()) {
      return;
    }
    sentCopies.removeAllOf(id);
    delete(draft.get());
  }

  /**
   * Queues the draft to be sent again as it is, without changing it: the server lost it, or the
   * person chose to keep it over the server's deletion. The row carries the current revision.
   */
  void queueAgain(UUID id, long revision) throws SQLException {
    outbox.add(id, Change.UPDATE, revision, now());
  }
}
