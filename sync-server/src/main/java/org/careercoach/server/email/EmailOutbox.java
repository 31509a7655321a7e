package org.careercoach.server.email;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.careercoach.model.api.Page;
import org.careercoach.server.config.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The email port: features hand messages here inside their own transaction, so a message exists
 * exactly when what caused it does. The request never waits for a mail server: once the transaction
 * commits, the {@link OutboxSender} delivers in the background.
 */
@Service
public class EmailOutbox {

  /** Kept, not sent: no mail provider is configured (the embedded default). */
  public static final String CAPTURED = "CAPTURED";

  private static final Set<String> STATUSES =
      Set.of(
          CAPTURED,
          OutboxRepository.PENDING,
          OutboxRepository.SENDING,
          OutboxRepository.SENT,
          OutboxRepository.FAILED);
  private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);

  private final OutboxRepository outbox;
  private final EmailProperties properties;
  private final OutboxSender sender;
  private final LinkTokens links;
  private final Clock clock;

  EmailOutbox(
      OutboxRepository outbox,
      EmailProperties properties,
      OutboxSender sender,
      LinkTokens links,
      Clock clock) {
    this.outbox = outbox;
    this.properties = properties;
    this.sender = sender;
    this.links = links;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public UUID enqueue(OutgoingEmail email) {
    UUID id = UUID.randomUUID();
    if (!properties.delivers()) {
      outbox.insert(id, email, CAPTURED, clock.instant());
      // Never the body or the address: links carry tokens.
      log.info(
          "Captured {} email {} (no SENDGRID_API_KEY): admins read it at GET /api/v1/admin/emails",
          email.kind(),
          id);
      return id;
    }
    outbox.insert(id, email, OutboxRepository.PENDING, clock.instant());
    sender.wakeAfterCommit();
    return id;
  }

  /**
   * The outbox, newest first; {@code status} narrows it when not null. Links show their token only
   * in a CAPTURED message (no mail provider: this listing is how a local user follows it) and only
   * while the token still works; everywhere else it is masked.
   */
  public Page<StoredEmail> list(String status, int page, int size) {
    if (status != null && !STATUSES.contains(status)) {
      throw ApiProblem.invalid("status", "must be one of " + STATUSES);
    }
    return new Page<>(shown(outbox.page(status, page, size)), outbox.count(status), page, size);
  }

  /** One message as {@link #list} shows it (404 when there is none). */
  public StoredEmail find(UUID id) {
    return shown(
            List.of(
                outbox
                    .find(id)
                    .orElseThrow(
                        () ->
                            new ApiProblem(
                                HttpStatus.NOT_FOUND,
                                "email-not-found",
                                "Email not found",
                                "No such email."))))
        .get(0);
  }

  /** The token shows only in a CAPTURED message whose link still works; otherwise masked. */
  private List<StoredEmail> shown(List<OutboxRepository.Row> rows) {
    Set<String> live =
        links.liveAmong(
            rows.stream()
                .filter(r -> CAPTURED.equals(r.email().status()))
                .map(OutboxRepository.Row::linkToken)
                .filter(Objects::nonNull)
                .toList());
    return rows.stream()
        .map(
            r -> {
              String token =
                  CAPTURED.equals(r.email().status()) && live.contains(r.linkToken())
                      ? r.linkToken()
                      : null;
              StoredEmail e = r.email();
              return new StoredEmail(
                  e.id(),
                  e.userId(),
                  e.kind(),
                  e.to(),
                  e.subject(),
                  e.status(),
                  e.attempts(),
                  e.lastError(),
                  LinkSlot.fill(e.textBody(), token),
                  LinkSlot.fill(e.htmlBody(), token),
                  e.createdAt(),
                  e.sentAt());
            })
        .toList();
  }

  /**
   * Forgets the tokens of captured messages whose links no longer work (used, expired, replaced),
   * so the table holds no more secrets than it must. Every ten minutes; captured mail is a
   * one-machine setup, so there are few.
   */
  @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
  public void forgetDeadLinks() {
    Map<UUID, String> kept = outbox.capturedLinks(10_000);
    Set<String> live = links.liveAmong(kept.values());
    List<UUID> dead =
        kept.entrySet().stream()
            .filter(e -> !live.contains(e.getValue()))
            .map(Map.Entry::getKey)
            .toList();
    int forgotten = outbox.forgetLinks(dead);
    if (forgotten > 0) {
      log.info(
          "Forgot the link tokens of {} captured emails whose links no longer work", forgotten);
    }
  }

  /**
   * Sends a FAILED message again (after the operator fixed what its reason named). A message with a
   * link gets a fresh token, which retires the old one: a link that was never delivered, or
   * delivered late, cannot be used beside the new one.
   */
  @Transactional
  public void resend(UUID id) {
    var failed = outbox.lockFailed(id);
    if (failed.isPresent()) {
      String token = null;
      if (failed.get().hasLink()) {
        token =
            links
                .renew(failed.get().userId(), failed.get().kind())
                .orElseThrow(
                    () ->
                        new ApiProblem(
                            HttpStatus.CONFLICT,
                            "email-link-obsolete",
                            "Email no longer needed",
                            "This email's link is no longer due (the address was verified, or the"
                                + " account was disabled or deleted), so it was not resent."));
      }
      outbox.requeue(id, token, clock.instant());
      sender.wakeAfterCommit();
      return;
    }
    if (!outbox.exists(id)) {
      throw new ApiProblem(
          HttpStatus.NOT_FOUND, "email-not-found", "Email not found", "No such email.");
    }
    throw new ApiProblem(
        HttpStatus.CONFLICT,
        "email-not-failed",
        "Email not failed",
        "Only a FAILED email can be resent; this one is still on its way, sent or captured.");
  }
}
