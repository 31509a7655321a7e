package org.careercoach.server.drafts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.careercoach.model.api.Draft;
import org.careercoach.model.api.DraftChanged;
import org.careercoach.model.api.DraftChanges;
import org.careercoach.model.api.DraftContent;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.config.ApiProblem;
import org.careercoach.server.events.UserEvents;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores drafts with optimistic concurrency and serves their changes in each user's commit order
 * (ADR 0019). Every write runs under the user's sync-state row lock: the Idempotency-Key is looked
 * up, the write applied or refused, and the answer kept, all in one transaction, so a retry or a
 * concurrent duplicate gets the first answer and applies nothing.
 */
@Service
public class DraftService {

  static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);

  /** A write: PUT (content set) or DELETE (content null). */
  record Write(
      String method,
      String path,
      UUID id,
      Long ifMatch,
      DraftContent content,
      String idempotencyKey,
      byte[] requestHash) {}

  private final DraftRepository drafts;
  private final IdempotencyRecords idempotency;
  private final TransactionTemplate transaction;
  private final UserEvents events;
  private final DraftsProperties properties;
  private final Clock clock;

  DraftService(
      DraftRepository drafts,
      IdempotencyRecords idempotency,
      TransactionTemplate transaction,
      UserEvents events,
      DraftsProperties properties,
      Clock clock) {
    this.drafts = drafts;
    this.idempotency = idempotency;
    this.transaction = transaction;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  /** Live drafts of the user (tombstones not counted): what an admin may see of them. */
  public long liveDrafts(UUID owner) {
    return drafts.liveCount(owner);
  }

  /** What a write produced, and the change to announce if it stored one. */
  private record Outcome(DraftAnswer answer, Draft stored) {}

  DraftAnswer write(UUID owner, String device, Write write) {
    // Another user creating this very id at the same moment (practically only an attack) ends
    // in save()'s conflict clause writing nothing: 404, the transaction rolled back.
    Outcome outcome = transaction.execute(status -> writeLocked(owner, device, write));
    if (outcome.stored() != null) {
      Draft d = outcome.stored();
      events.publish(
          owner, "draft", d.id().toString(), d.version(), new DraftChanged(d.id(), d.version()));
    }
    return outcome.answer();
  }

  private Outcome writeLocked(UUID owner, String device, Write write) {
    drafts.lockOwner(owner);
    Instant now = clock.instant();
    if (write.idempotencyKey() != null) {
      Optional<IdempotencyRecords.Kept> kept = idempotency.find(owner, write.idempotencyKey());
      if (kept.isPresent() && kept.get().createdAt().isAfter(now.minus(IDEMPOTENCY_WINDOW))) {
        if (!Arrays.equals(kept.get().requestHash(), write.requestHash())) {
          throw new ApiProblem(
              HttpStatus.UNPROCESSABLE_CONTENT,
              "idempotency-key-reused",
              "Idempotency-Key reused",
              "This Idempotency-Key was used for a different request in the last 24 hours. Use a"
                  + " new key for each new change; repeat a key only to retry the same request.");
        }
        return new Outcome(kept.get().answer(), null);
      }
    }
    Outcome outcome =
        write.content() == null
            ? delete(owner, device, write, now)
            : put(owner, device, write, now);
    if (write.idempotencyKey() != null) {
      idempotency.keep(owner, write.idempotencyKey(), write.requestHash(), outcome.answer(), now);
    }
    return outcome;
  }

  private Outcome put(UUID owner, String device, Write write, Instant now) {
    Optional<DraftRepository.Row> row = drafts.find(write.id());
    if (row.isPresent() && !row.get().owner().equals(owner)) {
      throw notFound();
    }
    DraftContent content = write.content();
    if (write.ifMatch() == null) {
      if (row.isPresent()) {
        return new Outcome(
            conflict(row.get().draft(), "A draft with this id exists already. "), null);
      }
      checkLimit(owner);
      return store(
          owner,
          new Draft(
              write.id(),
              content.title(),
              content.resume(),
              1,
              micros(now),
              micros(content.trashedAt()),
              false,
              device),
          HttpStatus.CREATED);
    }
    Draft current = row.orElseThrow(DraftService::notFound).draft();
    if (current.version() != write.ifMatch()) {
      return new Outcome(conflict(current, ""), null);
    }
    if (current.deleted()) {
      checkLimit(owner); // an edit over a tombstone brings the draft back
    }
    return store(
        owner,
        new Draft(
            write.id(),
            content.title(),
            content.resume(),
            current.version() + 1,
            micros(now),
            micros(content.trashedAt()),
            false,
            device),
        HttpStatus.OK);
  }

  private Outcome delete(UUID owner, String device, Write write, Instant now) {
    Draft current =
        drafts
            .find(write.id())
            .filter(r -> r.owner().equals(owner))
            .orElseThrow(DraftService::notFound)
            .draft();
    if (current.version() != write.ifMatch()) {
      return new Outcome(conflict(current, ""), null);
    }
    if (current.deleted()) {
      return new Outcome(ok(HttpStatus.OK, current), null); // deleted already: nothing to do
    }
    return store(
        owner,
        new Draft(write.id(), "", null, current.version() + 1, micros(now), null, true, device),
        HttpStatus.OK);
  }

  private Outcome store(UUID owner, Draft draft, HttpStatus status) {
    long seq = drafts.nextSeq(owner);
    long token = ThreadLocalRandom.current().nextLong();
    if (!drafts.save(owner, draft, seq, token)) {
      throw notFound();
    }
    return new Outcome(ok(status, draft), draft);
  }

  private void checkLimit(UUID owner) {
    if (drafts.liveCount(owner) >= properties.perUser()) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "draft-limit",
          "Too many drafts",
          "This account has "
              + properties.perUser()
              + " drafts, the most it may keep. Delete drafts you no longer need (emptying the"
              + " Trash), then try again.");
    }
  }

  /**
   * The changes after {@code since} in the user's commit order; 410 for a cursor not valid here.
   */
  DraftChanges changes(UUID owner, String since, int limit) {
    UUID epoch = drafts.epoch();
    Cursor cursor = Cursor.parse(since);
    if (cursor == null) {
      cursor = Cursor.start(epoch);
    } else if (!cursor.epoch().equals(epoch)) {
      throw gone("This cursor comes from another server's data (or one restored from a backup).");
    } else if (cursor.seq() != 0 && !drafts.logged(owner, cursor.seq(), cursor.token())) {
      throw gone(
          "This cursor names a change this server no longer has: it was restored from an older"
              + " backup, or the cursor is older than the "
              + properties.tombstoneDays()
              + " days deletions are kept.");
    }
    List<DraftRepository.Row> rows = drafts.changedAfter(owner, cursor.seq(), limit + 1);
    boolean more = rows.size() > limit;
    List<DraftRepository.Row> page = more ? rows.subList(0, limit) : rows;
    Cursor next =
        page.isEmpty()
            ? cursor
            : new Cursor(epoch, page.get(page.size() - 1).seq(), page.get(page.size() - 1).token());
    return new DraftChanges(
        page.stream().map(DraftRepository.Row::draft).toList(), next.toString(), more);
  }

  static byte[] hash(String method, String path, String ifMatch, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(
          (method + "\n" + path + "\n" + (ifMatch == null ? "" : ifMatch) + "\n")
              .getBytes(StandardCharsets.UTF_8));
      sha.update(body);
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  static String etag(long version) {
    return "\"" + version + "\"";
  }

  private static DraftAnswer ok(HttpStatus status, Draft draft) {
    return new DraftAnswer(
        status.value(), CoachJson.mapper().writeValueAsString(draft), etag(draft.version()));
  }

  /** 409 as a problem carrying the server's copy under {@code draft}, its version as the ETag. */
  private static DraftAnswer conflict(Draft current, String why) {
    ObjectNode problem = CoachJson.mapper().createObjectNode();
    problem.put("type", ApiProblem.typeUri("draft-conflict").toString());
    problem.put("title", "Draft changed elsewhere");
    problem.put("status", HttpStatus.CONFLICT.value());
    problem.put(
        "detail",
        why
            + "The server has version "
            + current.version()
            + (current.deleted() ? " (deleted)" : "")
            + "; its copy is in 'draft'. Merge, then write with If-Match: "
            + etag(current.version())
            + ".");
    problem.set("draft", CoachJson.mapper().valueToTree(current));
    return new DraftAnswer(
        HttpStatus.CONFLICT.value(),
        CoachJson.mapper().writeValueAsString(problem),
        etag(current.version()));
  }

  private static ApiProblem gone(String why) {
    return new ApiProblem(
        HttpStatus.GONE,
        "cursor-expired",
        "Cursor expired",
        why + " Pull everything again from the start (no cursor) and push back what is missing.");
  }

  static ApiProblem notFound() {
    return new ApiProblem(
        HttpStatus.NOT_FOUND, "draft-not-found", "Draft not found", "No such draft.");
  }

  private static Instant micros(Instant at) {
    return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
  }
}
