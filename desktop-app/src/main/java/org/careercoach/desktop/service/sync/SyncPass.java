package org.careercoach.desktop.service.sync;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.desktop.service.account.SessionEndedException;
import org.careercoach.desktop.service.api.ApiException;
import org.careercoach.desktop.service.store.SyncReplica;
import org.careercoach.desktop.service.store.SyncReplica.ConflictOutcome;
import org.careercoach.desktop.service.store.SyncReplica.Deletions;
import org.careercoach.desktop.service.store.SyncReplica.PageOutcome;
import org.careercoach.desktop.service.store.SyncReplica.SyncRequest;
import org.careercoach.desktop.service.sync.SyncStatus.MassDeletion;
import org.careercoach.model.api.Draft;
import org.careercoach.model.api.DraftChanges;

/**
 * One pass of ADR 0019's algorithm for one profile: push the outbox (coalesced, one stored request
 * at a time, each sent again exactly after a failure), then pull pages of changes, then push again
 * what the pull queued (conflicted copies, drafts a resync sends back). Runs on the engine's
 * thread.
 */
final class SyncPass {

  /**
   * A draft sent this many times in one pass (each time meeting a newer copy) waits for the next.
   */
  static final int TRIES_PER_DRAFT = 5;

  /** Requests stored (and recorded when answered) together: two commits per batch. */
  static final int BATCH = 25;

  /** The server answered with an error that is not about one draft: try the whole pass later. */
  static final class ServerTrouble extends IOException {
    ServerTrouble(String message) {
      super(message);
    }
  }

  private final SyncReplica replica;
  private final DraftApi api;
  private final String device;
  private final Clock clock;
  private final int pageSize;
  private final KeyMaker keys;

  /** Makes each new request's Idempotency-Key (tests may make them recognisable). */
  @FunctionalInterface
  interface KeyMaker {
    String next();
  }

  private int sent;
  private int received;
  private int conflicts;
  private int refused;
  private boolean fullResync;

  SyncPass(
      SyncReplica replica, DraftApi api, String device, Clock clock, int pageSize, KeyMaker keys) {
    this.replica = replica;
    this.api = api;
    this.device = device;
    this.clock = clock;
    this.pageSize = pageSize;
    this.keys = keys;
  }

  /**
   * @param deletions how to treat a page deleting most drafts here (ASK until the person answered)
   * @param pull whether to pull (not while a mass-deletion question waits for its answer)
   */
  SyncReport run(Deletions deletions, boolean pull) throws IOException {
    push();
    Optional<MassDeletion> question = Optional.empty();
    if (pull) {
      question = pull(deletions);
      push(); // what the pull queued: conflicted copies, drafts a resync sends back
    }
    return new SyncReport(
        sent, received, conflicts, refused, fullResync, question, replica.waiting());
  }

  private void push() throws IOException {
    Map<UUID, Integer> tries = new HashMap<>();
    while (true) {
      List<SyncRequest> batch = replica.nextRequests(BATCH, keys::next);
      if (batch.isEmpty()) {
        return;
      }
      for (SyncRequest request : batch) {
        if (tries.merge(request.draftId(), 1, Integer::sum) > TRIES_PER_DRAFT) {
          return; // someone keeps changing it as fast as we send: the next pass goes on
        }
      }
      Map<SyncRequest, Draft> stored = new LinkedHashMap<>();
      try {
        for (SyncRequest request : batch) {
          DraftApi.Answer answer = api.send(request);
          if (answer.ok()) {
            stored.put(request, answer.draft());
          } else {
            answer(request, answer);
          }
        }
      } finally {
        // What the server took is recorded even when a later request of the batch failed.
        if (!stored.isEmpty()) {
          replica.acknowledged(stored);
          sent += stored.size();
        }
      }
    }
  }

  private void answer(SyncRequest request, DraftApi.Answer answer) throws IOException {
    int status = answer.status();
    if (status == 409 && answer.draft() != null && answer.draft().id() != null) {
      ConflictOutcome outcome = replica.conflicted(request, answer.draft(), device, today());
      if (outcome == ConflictOutcome.CONFLICTED_COPY) {
        conflicts++;
      }
    } else if (status == 404) {
      replica.unknownToServer(request);
    } else if (status == 400 || status == 413 || status == 422 || status == 403) {
      replica.refused(request, answer.problem());
      refused++;
    } else if (status == 401) {
      throw new SessionEndedException(answer.problem());
    } else {
      // 5xx, 429, a 409 without the server's copy: nothing is known to be stored; the same
      // request goes again later.
      throw new ServerTrouble(answer.problem());
    }
  }

  private Optional<MassDeletion> pull(Deletions deletions) throws IOException {
    String cursor = replica.cursor().orElse("");
    try {
      while (true) {
        DraftChanges page = api.changes(cursor, pageSize);
        PageOutcome outcome = replica.applyPage(page.changes(), page.cursor(), deletions);
        if (outcome.massDeletion().isPresent()) {
          SyncReplica.MassDeletion asked = outcome.massDeletion().get();
          return Optional.of(new MassDeletion(asked.toDelete(), asked.drafts()));
        }
        received += outcome.applied();
        cursor = page.cursor();
        if (!page.hasMore()) {
          return Optional.empty();
        }
      }
    } catch (DraftApi.CursorGone gone) {
      resync();
      return Optional.empty();
    } catch (ApiException refusedPull) {
      if (refusedPull.status() == 401) {
        throw new SessionEndedException(refusedPull.getMessage());
      }
      throw new ServerTrouble(refusedPull.getMessage());
    }
  }

  /** After a 410: everything from the beginning into a fresh view, then one transaction. */
  private void resync() throws IOException {
    fullResync = true;
    Map<UUID, Draft> everything = new LinkedHashMap<>(); // a draft changed while paging: the latest
    String cursor = "";
    try {
      while (true) {
        DraftChanges page = api.changes(cursor, pageSize);
        page.changes().forEach(d -> everything.put(d.id(), d));
        cursor = page.cursor();
        if (!page.hasMore()) {
          break;
        }
      }
    } catch (DraftApi.CursorGone | ApiException e) {
      throw new ServerTrouble("The server's drafts could not be read in full: " + e.getMessage());
    }
    SyncReplica.ResyncOutcome outcome =
        replica.resync(new ArrayList<>(everything.values()), cursor, device, today());
    received += outcome.applied();
    conflicts += outcome.conflicts();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
