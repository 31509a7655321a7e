package org.careercoach.desktop.service.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.careercoach.desktop.service.store.PendingChange.Change;
import org.careercoach.model.api.Draft;

/**
 * What the sync engine needs of a profile's store (ADR 0019, device side). Every method that
 * changes something is one SQLite transaction together with the outbox, so a crash between two of
 * them leaves a state the next pass continues from. Blocks on the disk: call it off the UI thread.
 */
public interface SyncReplica {

  /**
   * The request to send next: the one in flight if there is one (to be sent again exactly), else
   * the coalesced outgoing work of the draft whose change waits longest, stored as in flight before
   * it is returned. Drafts the server refused are skipped until they change again; a draft created
   * and deleted here before it was ever sent is simply forgotten. Empty when nothing waits.
   *
   * @param newKey makes the request's {@code Idempotency-Key}
   */
  Optional<SyncRequest> nextRequest(Supplier<String> newKey);

  /**
   * Like {@link #nextRequest}, for up to {@code max} drafts at once, all stored in one transaction
   * before any is sent (a push of many drafts then costs two commits per batch, not per draft).
   * When requests are in flight already, those are returned, to be sent again exactly first.
   */
  List<SyncRequest> nextRequests(int max, Supplier<String> newKey);

  /** The requests stored as in flight (at most one per draft), oldest first. */
  List<SyncRequest> inFlight();

  /**
   * The server stored the request ({@code stored} is its answer; null for a DELETE answered without
   * a body): the outbox rows it covered are cleared and the base version set; changes made
   * meanwhile stay in the outbox.
   */
  void acknowledged(SyncRequest request, Draft stored);

  /** {@link #acknowledged} for several answers, in one transaction. */
  void acknowledged(Map<SyncRequest, Draft> answers);

  /**
   * The server answered 409 with its copy: handled as ADR 0019 lists, in one transaction. Returns
   * which rule applied.
   *
   * @param device this computer's name, for a conflicted copy's title
   * @param today the local date, for the same
   */
  ConflictOutcome conflicted(SyncRequest request, Draft server, String device, LocalDate today);

  /**
   * The server does not know the draft (404): an update is sent again as a create (the server lost
   * it); a delete is done.
   */
  void unknownToServer(SyncRequest request);

  /**
   * The server refused the draft (too big, not valid): not sent again until it changes; {@code
   * reason} is shown to the person.
   */
  void refused(SyncRequest request, String reason);

  /** The cursor of the last page applied; empty before the first pull. */
  Optional<String> cursor();

  /**
   * Applies a pulled page and its cursor in one transaction. Drafts with changes waiting here are
   * left alone (their push meets a 409); tombstones delete here without outbox rows; no outbox rows
   * are written for what is applied. With {@link Deletions#ASK}, a page that would delete more than
   * half of at least four drafts here changes nothing and returns the question.
   */
  PageOutcome applyPage(List<Draft> changes, String cursor, Deletions deletions);

  /**
   * After a 410: the server's full state, from {@code since=0}. Drafts the server lacks are queued
   * to be pushed back as creates; drafts that differ while nothing of theirs was waiting here
   * become conflicted copies; drafts only the server has are added; nothing here is deleted. Then
   * the cursor is stored. One transaction.
   */
  ResyncOutcome resync(List<Draft> everything, String cursor, String device, LocalDate today);

  /**
   * The server version this device's text of the draft derives from; empty before its first push.
   */
  OptionalLong baseVersion(UUID draftId);

  /** How many drafts have changes not yet on the server. */
  int waiting();

  /** Drafts the server refused and why, until they change. */
  List<Refusal> refusals();

  /** Conflicts not yet resolved (both drafts still here), the newest first. */
  List<ConflictPair> conflicts();

  /**
   * Resolves a conflict: what is not kept goes to the Trash (an ordinary change, synced), and the
   * pair is no longer a conflict. Keeping both keeps both as ordinary drafts.
   */
  void resolve(UUID copy, boolean keepServerVersion, boolean keepCopy);

  /**
   * Calls {@code listener} after each change the person made here (on the thread that made it,
   * after it committed); not for changes the engine applies.
   *
   * @return stops the calls
   */
  Runnable onLocalChange(Runnable listener);

  /** What a page asks of tombstones for drafts here. */
  enum Deletions {
    /** Apply them, unless they would delete most drafts here: then stop and ask. */
    ASK,
    /** Apply them: the person said so. */
    APPLY,
    /** Keep the drafts here and send them back to the server: the person said so. */
    KEEP_HERE
  }

  /** Which rule of ADR 0019 a 409 met. */
  enum ConflictOutcome {
    /** The server's copy has our text: its version adopted. */
    SAME_TEXT,
    /** Only the Trash state changed here: applied on top of the server's text, sent again. */
    TRASH_REAPPLIED,
    /** Our delete met an edit: the edit wins, the server's copy is here again. */
    EDIT_KEPT_OVER_DELETE,
    /** Both deleted it. */
    BOTH_DELETED,
    /** The server's copy is a tombstone: our edit is sent again over it. */
    WRITE_OVER_TOMBSTONE,
    /** Both changed: this device's text became a conflicted copy. */
    CONFLICTED_COPY
  }

  /**
   * A request to the server, stored before it is sent.
   *
   * @param draftId the draft
   * @param key its {@code Idempotency-Key}
   * @param method PUT or DELETE
   * @param ifMatch the base version sent in {@code If-Match}; null for a create
   * @param body the JSON of a PUT ({@code {title, resume, trashedAt}}); null for a DELETE
   * @param coversUpTo the outbox rows of the draft it covers: those up to this sequence
   * @param changes what those rows were
   */
  record SyncRequest(
      UUID draftId,
      String key,
      Method method,
      Long ifMatch,
      String body,
      long coversUpTo,
      Set<Change> changes) {}

  enum Method {
    PUT,
    DELETE
  }

  /**
   * @param applied drafts changed here by the page
   * @param massDeletion when the page was stopped: how many it would delete of how many here
   */
  record PageOutcome(int applied, Optional<MassDeletion> massDeletion) {}

  record MassDeletion(int toDelete, int drafts) {}

  /**
   * @param applied drafts added or changed here from the server
   * @param pushedBack drafts queued to go back to the server
   * @param conflicts conflicted copies made
   */
  record ResyncOutcome(int applied, int pushedBack, int conflicts) {}

  record Refusal(UUID draftId, String title, String reason) {}

  record ConflictPair(UUID draft, UUID copy, String title, Instant found) {}
}
