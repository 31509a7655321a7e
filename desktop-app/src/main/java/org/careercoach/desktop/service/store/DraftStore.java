package org.careercoach.desktop.service.store;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.model.resume.Resume;

/**
 * The drafts of one profile (the local profile, or one account on one server), kept in one SQLite
 * file. Every method blocks and must be called off the UI thread.
 *
 * <p>Invariants, which the sync engine builds on:
 *
 * <ul>
 *   <li>Ids are UUIDs made here, never reused.
 *   <li>Every change to a draft made here (create, save, rename, trash, restore, delete) adds
 *       exactly one outbox row in the same transaction as the change, so a change is never stored
 *       without the intent to send it, nor the intent without the change. Changes the sync engine
 *       applies from the server ({@link SyncReplica}) add none; a draft it queues to be sent again
 *       unchanged adds one row at its current revision.
 *   <li>A method that returns has made its change durable (committed); one that throws has changed
 *       nothing.
 *   <li>A draft's {@code revision} grows by one with each stored change.
 * </ul>
 */
public interface DraftStore extends AutoCloseable {

  /** Drafts not in the Trash, in the order asked. */
  List<DraftSummary> list(DraftSort sort);

  /** Drafts not in the Trash whose text (title or any field of the resume) matches every word. */
  List<DraftSummary> search(String words, DraftSort sort);

  /** Drafts in the Trash, the most recently trashed first. */
  List<DraftSummary> trash();

  Optional<LocalDraft> find(UUID id);

  LocalDraft create(String title, Resume resume);

  /**
   * Stores the draft's current text (an autosave). History keeps at most one version per few
   * minutes of editing (older autosaves are coalesced), so saving on every keystroke is fine.
   */
  LocalDraft save(UUID id, String title, Resume resume);

  LocalDraft rename(UUID id, String title);

  /** A new draft with the same resume, its own id and history, titled as given. */
  LocalDraft duplicate(UUID id, String title);

  LocalDraft moveToTrash(UUID id);

  LocalDraft restoreFromTrash(UUID id);

  /** Deletes a draft for good, with its history; the sent copies stay in the application log. */
  void deleteForever(UUID id);

  /** Deletes for good the drafts trashed longer ago than {@code age}; returns how many. */
  int purgeTrash(Duration age);

  /** Keeps a version now (the editor closed the draft), unless the last one has the same text. */
  void keepVersion(UUID id, VersionReason reason);

  /** The kept versions of a draft, newest first. */
  List<VersionInfo> history(UUID id);

  /** The resume as it was in that version. */
  Resume version(long versionId);

  /** Makes that version the current text, keeping the current text as a version first. */
  LocalDraft restoreVersion(UUID id, long versionId);

  /** Freezes a copy of the draft as sent to a company for a role on a day. */
  default SentCopy recordSent(UUID id, String company, String role, LocalDate sentOn) {
    return recordSent(id, company, role, sentOn, "");
  }

  /** The same, keeping the job ad it answered with it (the text as pasted or imported). */
  SentCopy recordSent(UUID id, String company, String role, LocalDate sentOn, String job);

  /** Every copy sent, the most recent first: the user's application log. */
  List<SentCopy> applications();

  /** The resume as it was sent. */
  Resume sentResume(long sentCopyId);

  @Override
  void close();

  enum DraftSort {
    TITLE,
    LAST_CHANGED
  }

  enum VersionReason {
    AUTOSAVE,
    CLOSED,
    BEFORE_RESTORE,
    IMPORTED,
    MOVED_FROM_LOCAL_PROFILE,
    /** Text another device stored, which replaced the text here (the text before is kept too). */
    FROM_ANOTHER_DEVICE,
    /** The text just before a reviewed resume file was merged in: restoring it undoes the merge. */
    BEFORE_MERGE,
    /** The text a reviewed resume file was merged into. */
    MERGED_FROM_FILE
  }
}
