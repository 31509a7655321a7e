package org.careercoach.desktop.service.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.careercoach.desktop.service.store.DraftStore.VersionReason;
import org.careercoach.desktop.service.store.PendingChange.Change;
import org.careercoach.model.api.Draft;
import org.careercoach.model.api.DraftContent;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import tools.jackson.databind.JsonNode;

/**
 * {@link SyncReplica} on a profile's SQLite file. Each method is one read or one transaction of the
 * store's connection; the rules of ADR 0019 for the device are here, the tables' SQL in {@link
 * SyncRows} and the draft tables' classes.
 */
final class SqliteSyncReplica implements SyncReplica {

  /** The server's limit on a title. */
  static final int TITLE_MAX = 200;

  private static final Set<Change> TRASH_ONLY = EnumSet.of(Change.TRASH, Change.RESTORE);

  private final StoreConnection connection;
  private final DraftRows drafts;
  private final SearchIndex index;
  private final History history;
  private final DraftChanges changes;
  private final ProfileSettings settings;
  private final SyncRows sync;
  private final LocalChanges localChanges;

  SqliteSyncReplica(
      StoreConnection connection,
      DraftRows drafts,
      SearchIndex index,
      History history,
      DraftChanges changes,
      ProfileSettings settings,
      LocalChanges localChanges) {
    this.connection = connection;
    this.drafts = drafts;
    this.index = index;
    this.history = history;
    this.changes = changes;
    this.settings = settings;
    this.sync = new SyncRows(connection.db());
    this.localChanges = localChanges;
  }

  // ---- pushing --------------------------------------------------------------------------------

  @Override
  public Optional<SyncRequest> nextRequest(Supplier<String> newKey) {
    return nextRequests(1, newKey).stream().findFirst();
  }

  @Override
  public List<SyncRequest> nextRequests(int max, Supplier<String> newKey) {
    return connection.write(
        () -> {
          List<SyncRequest> pending = sync.inFlight();
          if (!pending.isEmpty()) {
            return pending;
          }
          List<SyncRequest> batch = new ArrayList<>();
          while (batch.size() < max) {
            Optional<SyncRows.Waiting> next = sync.oldestWaiting();
            if (next.isEmpty()) {
              break;
            }
            Optional<SyncRequest> request = requestFor(next.get(), newKey);
            if (request.isPresent()) {
              sync.forgetRefusal(next.get().draftId());
              sync.store(request.get(), changes.now());
              batch.add(request.get());
            } else {
              // Made and deleted here before it was ever sent: nothing to tell the server.
              sync.clearOutbox(next.get().draftId(), next.get().upTo());
            }
          }
          return batch;
        });
  }

  private Optional<SyncRequest> requestFor(SyncRows.Waiting waiting, Supplier<String> newKey)
      throws SQLException {
    UUID id = waiting.draftId();
    OptionalLong base = sync.base(id);
    Long ifMatch = base.isPresent() ? base.getAsLong() : null;
    Optional<DraftRows.Stored> draft = drafts.stored(id);
    if (draft.isPresent()) {
      DraftRows.Stored d = draft.get();
      String body =
          CoachJson.mapper()
              .writeValueAsString(
                  new DraftContent(d.title(), ResumeJson.read(d.json()), d.trashedAt()));
      return Optional.of(
          new SyncRequest(
              id, newKey.get(), Method.PUT, ifMatch, body, waiting.upTo(), waiting.changes()));
    }
    if (ifMatch == null) {
      return Optional.empty();
    }
    return Optional.of(
        new SyncRequest(
            id, newKey.get(), Method.DELETE, ifMatch, null, waiting.upTo(), waiting.changes()));
  }

  @Override
  public List<SyncRequest> inFlight() {
    return connection.read(sync::inFlight);
  }

  @Override
  public void acknowledged(SyncRequest request, Draft stored) {
    connection.write(
        () -> {
          record(request, stored);
          return null;
        });
  }

  @Override
  public void acknowledged(Map<SyncRequest, Draft> answers) {
    connection.write(
        () -> {
          for (Map.Entry<SyncRequest, Draft> answer : answers.entrySet()) {
            record(answer.getKey(), answer.getValue());
          }
          return null;
        });
  }

  private void record(SyncRequest request, Draft stored) throws SQLException {
    if (!sync.answered(request)) {
      return; // answered already (a second answer to a resent request)
    }
    sync.clearOutbox(request.draftId(), request.coversUpTo());
    if (request.method() == Method.DELETE || (stored != null && stored.deleted())) {
      sync.forgetBase(request.draftId());
    } else {
      sync.setBase(request.draftId(), Objects.requireNonNull(stored, "stored").version());
    }
  }

  @Override
  public ConflictOutcome conflicted(
      SyncRequest request, Draft server, String device, LocalDate today) {
    return connection.write(
        () -> {
          sync.answered(request);
          UUID id = request.draftId();
          Optional<DraftRows.Stored> local = drafts.stored(id);
          Set<Change> waiting = sync.waiting(id).changes();
          if (local.isEmpty()) {
            sync.clearOutbox(id);
            if (server.deleted()) {
              sync.forgetBase(id);
              return ConflictOutcome.BOTH_DELETED;
            }
            applyRemote(server, Optional.empty());
            return ConflictOutcome.EDIT_KEPT_OVER_DELETE;
          }
          if (server.deleted()) {
            sync.setBase(id, server.version());
            return ConflictOutcome.WRITE_OVER_TOMBSTONE;
          }
          DraftRows.Stored here = local.get();
          if (sameText(here, server)) {
            sync.setBase(id, server.version());
            if (Objects.equals(here.trashedAt() != null, server.trashedAt() != null)) {
              sync.clearOutbox(id);
            }
            return ConflictOutcome.SAME_TEXT;
          }
          if (!waiting.isEmpty() && TRASH_ONLY.containsAll(waiting)) {
            replaceText(here, server, here.trashedAt());
            sync.setBase(id, server.version());
            return ConflictOutcome.TRASH_REAPPLIED;
          }
          conflictedCopy(here, server, device, today);
          return ConflictOutcome.CONFLICTED_COPY;
        });
  }

  /**
   * This device's text becomes a new draft (with its own outbox create); the original takes the
   * server's copy and is paired with it as a conflict. Nothing typed here is lost: the copy holds
   * the current text, edits made after the request was stored included.
   */
  private void conflictedCopy(DraftRows.Stored here, Draft server, String device, LocalDate today)
      throws SQLException {
    Resume resume = ResumeJson.read(here.json());
    LocalDraft copy = changes.create(copyTitle(here.title(), device, today), resume);
    replaceText(here, server, server.trashedAt());
    sync.clearOutbox(here.id());
    sync.setBase(here.id(), server.version());
    sync.addConflict(here.id(), copy.id(), server.title(), changes.now());
  }

  /**
   * "TITLE (conflicted copy, DEVICE, DATE)", the title cut so the whole fits the server's limit.
   */
  static String copyTitle(String title, String device, LocalDate today) {
    String suffix = " (conflicted copy, " + device + ", " + today + ")";
    if (suffix.length() > TITLE_MAX / 2) {
      suffix = suffix.substring(0, TITLE_MAX / 2 - 1) + ")";
    }
    int room = TITLE_MAX - suffix.length();
    String kept = title.length() > room ? title.substring(0, room - 1).strip() + "…" : title;
    return kept + suffix;
  }

  @Override
  public void unknownToServer(SyncRequest request) {
    connection.write(
        () -> {
          if (!sync.answered(request)) {
            return null;
          }
          if (request.method() == Method.DELETE) {
            sync.clearOutbox(request.draftId(), request.coversUpTo());
          }
          // An update the server cannot place: its next push is a create (it lost the draft).
          sync.forgetBase(request.draftId());
          return null;
        });
  }

  @Override
  public void refused(SyncRequest request, String reason) {
    connection.write(
        () -> {
          if (sync.answered(request)) {
            sync.refuse(request.draftId(), request.coversUpTo(), reason, changes.now());
          }
          return null;
        });
  }

  // ---- pulling --------------------------------------------------------------------------------

  @Override
  public Optional<String> cursor() {
    return connection.read(() -> settings.get(SyncRows.CURSOR));
  }

  @Override
  public PageOutcome applyPage(List<Draft> page, String cursor, Deletions deletions) {
    return connection.write(
        () -> {
          Set<UUID> waiting = new HashSet<>(sync.draftsWaiting());
          if (deletions == Deletions.ASK) {
            int here = drafts.allIds().size();
            int toDelete = 0;
            for (Draft d : page) {
              if (d.deleted() && !waiting.contains(d.id()) && drafts.stored(d.id()).isPresent()) {
                toDelete++;
              }
            }
            if (here >= 4 && toDelete * 2 > here) {
              return new PageOutcome(0, Optional.of(new MassDeletion(toDelete, here)));
            }
          }
          int applied = 0;
          for (Draft d : page) {
            if (waiting.contains(d.id())) {
              continue; // its push meets a 409 and the rules there
            }
            OptionalLong base = sync.base(d.id());
            if (base.isPresent() && d.version() <= base.getAsLong()) {
              continue; // already here (our own change, or an older page)
            }
            Optional<DraftRows.Stored> local = drafts.stored(d.id());
            if (d.deleted() && local.isPresent() && deletions == Deletions.KEEP_HERE) {
              sync.setBase(d.id(), d.version());
              changes.queueAgain(d.id(), local.get().revision());
              continue;
            }
            if (applyRemote(d, local)) {
              applied++;
            }
          }
          settings.put(SyncRows.CURSOR, cursor);
          return new PageOutcome(applied, Optional.empty());
        });
  }

  /**
   * Makes the draft here what the server has, writing no outbox row. Text replaced here is kept in
   * the history first, and the server's text as a version "from another device".
   *
   * @return whether anything here changed
   */
  private boolean applyRemote(Draft d, Optional<DraftRows.Stored> local) throws SQLException {
    if (d.deleted()) {
      sync.forgetBase(d.id());
      if (local.isEmpty()) {
        return false;
      }
      index.remove(d.id());
      drafts.delete(d.id());
      sync.forgetConflictsOf(d.id());
      return true;
    }
    sync.setBase(d.id(), d.version());
    if (local.isEmpty()) {
      Instant at = d.updatedAt() == null ? changes.now() : d.updatedAt();
      String json = ResumeJson.write(d.resume());
      drafts.insert(d.id(), d.title(), d.resume(), json, at, at, d.trashedAt());
      index.put(d.id(), d.title(), d.resume());
      history.add(d.id(), changes.now(), d.title(), json, VersionReason.FROM_ANOTHER_DEVICE);
      return true;
    }
    DraftRows.Stored here = local.get();
    boolean sameTrash = Objects.equals(here.trashedAt(), d.trashedAt());
    if (sameText(here, d) && sameTrash) {
      return false;
    }
    replaceText(here, d, d.trashedAt());
    return true;
  }

  /**
   * Puts the server's title and resume on the draft here, with {@code trashedAt}; no outbox row.
   */
  private void replaceText(DraftRows.Stored here, Draft server, Instant trashedAt)
      throws SQLException {
    long revision = here.revision() + 1;
    Instant at = server.updatedAt() == null ? changes.now() : server.updatedAt();
    if (!sameText(here, server)) {
      Resume before = ResumeJson.read(here.json());
      history.keep(here.as(before), VersionReason.AUTOSAVE, changes.now());
      String json = ResumeJson.write(server.resume());
      drafts.updateText(here.id(), revision, server.title(), server.resume(), json, at);
      index.put(here.id(), server.title(), server.resume());
      history.add(
          here.id(), changes.now(), server.title(), json, VersionReason.FROM_ANOTHER_DEVICE);
    }
    drafts.setTrashed(here.id(), trashedAt, revision);
  }

  private static boolean sameText(DraftRows.Stored here, Draft server) {
    if (!here.title().equals(server.title()) || server.resume() == null) {
      return false;
    }
    JsonNode ours = CoachJson.mapper().readTree(here.json());
    JsonNode theirs = CoachJson.mapper().readTree(ResumeJson.write(server.resume()));
    return ours.equals(theirs);
  }

  @Override
  public ResyncOutcome resync(
      List<Draft> everything, String cursor, String device, LocalDate today) {
    return connection.write(
        () -> {
          Set<UUID> waiting = new HashSet<>(sync.draftsWaiting());
          List<UUID> here = drafts.allIds(); // before conflicted copies are added
          Map<UUID, Draft> server = new HashMap<>();
          everything.forEach(d -> server.put(d.id(), d));
          int applied = 0;
          int pushedBack = 0;
          int conflicts = 0;
          for (Draft d : everything) {
            Optional<DraftRows.Stored> local = drafts.stored(d.id());
            if (waiting.contains(d.id())) {
              continue; // its push meets the server's copy (409, or 404: sent as a create)
            }
            if (local.isEmpty()) {
              if (applyRemote(d, local)) {
                applied++;
              }
              continue;
            }
            DraftRows.Stored mine = local.get();
            if (d.deleted()) {
              // Nothing here is deleted by a resync: it goes back over the tombstone.
              sync.setBase(d.id(), d.version());
              changes.queueAgain(d.id(), mine.revision());
              pushedBack++;
            } else if (sameText(mine, d)) {
              if (applyRemote(d, local)) {
                applied++;
              }
            } else {
              // The server may have lost edits of ours it had acknowledged: keep both.
              conflictedCopy(mine, d, device, today);
              conflicts++;
            }
          }
          for (UUID id : here) {
            if (!server.containsKey(id)) {
              sync.forgetBase(id);
              if (!sync.hasWaiting(id)) {
                changes.queueAgain(id, drafts.require(id).revision());
              }
              pushedBack++;
            }
          }
          settings.put(SyncRows.CURSOR, cursor);
          return new ResyncOutcome(applied, pushedBack, conflicts);
        });
  }

  // ---- reading and resolving ------------------------------------------------------------------

  @Override
  public OptionalLong baseVersion(UUID draftId) {
    return connection.read(() -> sync.base(draftId));
  }

  @Override
  public int waiting() {
    return connection.read(sync::waitingCount);
  }

  @Override
  public List<Refusal> refusals() {
    return connection.read(sync::refusals);
  }

  @Override
  public List<ConflictPair> conflicts() {
    return connection.read(sync::conflicts);
  }

  @Override
  public void resolve(UUID copy, boolean keepServerVersion, boolean keepCopy) {
    if (!keepServerVersion && !keepCopy) {
      throw new IllegalArgumentException("keep the server's version, the copy, or both");
    }
    connection.write(
        () -> {
          Optional<ConflictPair> pair = sync.conflictOfCopy(copy);
          if (pair.isEmpty()) {
            throw Rows.notFound("conflict");
          }
          List<UUID> toTrash = new ArrayList<>();
          if (!keepServerVersion) {
            toTrash.add(pair.get().draft());
          }
          if (!keepCopy) {
            toTrash.add(pair.get().copy());
          }
          for (UUID id : toTrash) {
            if (drafts.stored(id).isPresent()) {
              changes.moveToTrash(id);
            }
          }
          sync.forgetConflict(copy);
          return null;
        });
    localChanges.changed();
  }

  @Override
  public Runnable onLocalChange(Runnable listener) {
    return localChanges.subscribe(listener);
  }
}
