package org.careercoach.server.email;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table. Every state change is one statement, so two senders never both win. */
@Repository
class OutboxRepository {

  static final String PENDING = "PENDING";
  static final String SENDING = "SENDING";
  static final String SENT = "SENT";
  static final String FAILED = "FAILED";

  private static final String COLUMNS =
      "id, user_id, kind, to_address, to_name, subject, text_body, html_body, status, attempts,"
          + " last_error, created_at, sent_at, link_token";

  private final JdbcClient jdbc;

  OutboxRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A message claimed for sending (its link filled in), with the attempt number it is on. */
  record Claimed(UUID id, OutgoingEmail message, int attempt) {}

  /** A stored message as read back: bodies with the link slot, and the token while it is kept. */
  record Row(StoredEmail email, String linkToken) {}

  /** A FAILED message an admin asked to resend, locked until the transaction ends. */
  record Failed(UUID userId, String kind, boolean hasLink) {}

  void insert(UUID id, OutgoingEmail email, String status, Instant now) {
    jdbc.sql(
            """
            insert into email_outbox (id, user_id, kind, to_address, to_name, subject, text_body,
                                      html_body, status, created_at, updated_at, next_attempt_at,
                                      link_token, has_link)
            values (:id, :user, :kind, :to, :name, :subject, :text, :html, :status, :now, :now, :now,
                    :token, :hasLink)
            """)
        .param("id", id)
        .param("user", email.userId())
        .param("kind", email.kind())
        .param("to", email.toAddress())
        .param("name", email.toName())
        .param("subject", email.subject())
        .param("text", LinkSlot.hide(email.textBody(), email.linkToken()))
        .param("html", LinkSlot.hide(email.htmlBody(), email.linkToken()))
        .param("status", status)
        .param("now", Timestamp.from(now))
        .param("token", email.linkToken())
        .param("hasLink", email.linkToken() != null)
        .update();
  }

  /**
   * Marks up to {@code limit} due messages SENDING and answers them. Messages left SENDING since
   * before {@code staleBefore} belonged to a sender that died; they are taken up again.
   */
  List<Claimed> claimDue(Instant now, Instant staleBefore, int limit) {
    return jdbc.sql(
            """
            update email_outbox
               set status = 'SENDING', sending_since = :now, attempts = attempts + 1,
                   updated_at = :now
             where id in (select id from email_outbox
                           where (status = 'PENDING' and next_attempt_at <= :now)
                              or (status = 'SENDING' and sending_since < :stale)
                           order by next_attempt_at
                           limit :limit
                           for update skip locked)
            returning id, user_id, kind, to_address, to_name, subject, text_body, html_body,
                      attempts, link_token
            """)
        .param("now", Timestamp.from(now))
        .param("stale", Timestamp.from(staleBefore))
        .param("limit", limit)
        .query(
            (rs, n) ->
                new Claimed(
                    rs.getObject("id", UUID.class),
                    new OutgoingEmail(
                        rs.getObject("user_id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("to_address"),
                        rs.getString("to_name"),
                        rs.getString("subject"),
                        LinkSlot.fill(rs.getString("text_body"), rs.getString("link_token")),
                        LinkSlot.fill(rs.getString("html_body"), rs.getString("link_token")),
                        rs.getString("link_token")),
                    rs.getInt("attempts")))
        .list();
  }

  void markSent(UUID id, String providerMessageId, Instant now) {
    jdbc.sql(
            """
            update email_outbox set status = 'SENT', sent_at = :now, updated_at = :now,
                   provider_message_id = :provider, last_error = null, link_token = null
             where id = :id and status = 'SENDING'
            """)
        .param("now", Timestamp.from(now))
        .param("provider", providerMessageId)
        .param("id", id)
        .update();
  }

  void markRetry(UUID id, String reason, Instant nextAttempt, Instant now) {
    jdbc.sql(
            """
            update email_outbox set status = 'PENDING', last_error = :reason,
                   next_attempt_at = :next, updated_at = :now
             where id = :id and status = 'SENDING'
            """)
        .param("reason", reason)
        .param("next", Timestamp.from(nextAttempt))
        .param("now", Timestamp.from(now))
        .param("id", id)
        .update();
  }

  void markFailed(UUID id, String reason, Instant now) {
    jdbc.sql(
            """
            update email_outbox set status = 'FAILED', last_error = :reason, updated_at = :now,
                   link_token = null
             where id = :id and status = 'SENDING'
            """)
        .param("reason", reason)
        .param("now", Timestamp.from(now))
        .param("id", id)
        .update();
  }

  /** Locks a FAILED message for a resend; empty when there is none or it is not FAILED. */
  java.util.Optional<Failed> lockFailed(UUID id) {
    return jdbc.sql(
            "select user_id, kind, has_link from email_outbox where id = :id and status = 'FAILED'"
                + " for update")
        .param("id", id)
        .query(
            (rs, n) ->
                new Failed(
                    rs.getObject("user_id", UUID.class),
                    rs.getString("kind"),
                    rs.getBoolean("has_link")))
        .optional();
  }

  /**
   * Puts a failed message back in the queue, with the fresh token of its link when it has one;
   * answers false if it is not FAILED.
   */
  boolean requeue(UUID id, String linkToken, Instant now) {
    return jdbc.sql(
                """
                update email_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now,
                       updated_at = :now, link_token = :token
                 where id = :id and status = 'FAILED'
                """)
            .param("now", Timestamp.from(now))
            .param("token", linkToken)
            .param("id", id)
            .update()
        == 1;
  }

  /** Captured messages that still keep their link's token: id and token, oldest first. */
  java.util.Map<UUID, String> capturedLinks(int limit) {
    java.util.Map<UUID, String> links = new java.util.LinkedHashMap<>();
    jdbc.sql(
            """
            select id, link_token from email_outbox
             where status = 'CAPTURED' and link_token is not null
             order by created_at limit :limit
            """)
        .param("limit", limit)
        .query(
            rs -> {
              links.put(rs.getObject("id", UUID.class), rs.getString("link_token"));
            });
    return links;
  }

  /** Forgets the tokens of these captured messages; their links show masked from now on. */
  int forgetLinks(java.util.Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            "update email_outbox set link_token = null where id in (:ids) and status = 'CAPTURED'")
        .param("ids", ids)
        .update();
  }

  boolean exists(UUID id) {
    return jdbc.sql("select count(*) from email_outbox where id = :id")
            .param("id", id)
            .query(Long.class)
            .single()
        == 1;
  }

  List<Row> page(String status, int page, int size) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from email_outbox where (cast(:status as text) is null or status = :status)"
                + " order by created_at desc, id limit :size offset :off")
        .param("status", status)
        .param("size", size)
        .param("off", (long) page * size)
        .query(OutboxRepository::map)
        .list();
  }

  java.util.Optional<Row> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from email_outbox where id = :id")
        .param("id", id)
        .query(OutboxRepository::map)
        .optional();
  }

  long count(String status) {
    return jdbc.sql(
            "select count(*) from email_outbox where (cast(:status as text) is null or status = :status)")
        .param("status", status)
        .query(Long.class)
        .single();
  }

  /** Messages that failed for good since {@code since}, and messages whose last try failed. */
  long troubled(Instant since) {
    return jdbc.sql(
            """
            select count(*) from email_outbox
             where (status = 'FAILED' and updated_at >= :since)
                or (status = 'PENDING' and last_error is not null)
            """)
        .param("since", Timestamp.from(since))
        .query(Long.class)
        .single();
  }

  /** The reason of the latest trouble counted by {@link #troubled}, if any. */
  java.util.Optional<String> lastTrouble(Instant since) {
    return jdbc.sql(
            """
            select last_error from email_outbox
             where last_error is not null
               and ((status = 'FAILED' and updated_at >= :since) or status = 'PENDING')
             order by updated_at desc limit 1
            """)
        .param("since", Timestamp.from(since))
        .query(String.class)
        .optional();
  }

  private static Row map(ResultSet rs, int row) throws SQLException {
    Timestamp sent = rs.getTimestamp("sent_at");
    return new Row(
        new StoredEmail(
            rs.getObject("id", UUID.class),
            rs.getObject("user_id", UUID.class),
            rs.getString("kind"),
            rs.getString("to_address"),
            rs.getString("subject"),
            rs.getString("status"),
            rs.getInt("attempts"),
            rs.getString("last_error"),
            rs.getString("text_body"),
            rs.getString("html_body"),
            rs.getTimestamp("created_at").toInstant(),
            sent == null ? null : sent.toInstant()),
        rs.getString("link_token"));
  }
}
