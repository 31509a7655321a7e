package org.careercoach.server.email;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.careercoach.model.api.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The email port: features hand messages here inside their own transaction, so a message exists
 * exactly when what caused it does. Delivery reads the outbox afterwards; the request never waits
 * for a mail server.
 */
@Service
public class EmailOutbox {

  /** Kept, not sent: no mail provider is configured (the embedded default). */
  public static final String CAPTURED = "CAPTURED";

  private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);

  private final JdbcClient jdbc;
  private final Clock clock;

  EmailOutbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public UUID enqueue(OutgoingEmail email) {
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql(
            """
            insert into email_outbox (id, user_id, kind, to_address, to_name, subject, text_body,
                                      html_body, status, created_at, updated_at)
            values (:id, :user, :kind, :to, :name, :subject, :text, :html, :status, :now, :now)
            """)
        .param("id", id)
        .param("user", email.userId())
        .param("kind", email.kind())
        .param("to", email.toAddress())
        .param("name", email.toName())
        .param("subject", email.subject())
        .param("text", email.textBody())
        .param("html", email.htmlBody())
        .param("status", CAPTURED)
        .param("now", now)
        .update();
    // Never the body or the address: links carry tokens.
    log.info(
        "Captured {} email {} (no SENDGRID_API_KEY): admins read it at GET /api/v1/admin/emails",
        email.kind(),
        id);
    return id;
  }

  public Page<StoredEmail> list(int page, int size) {
    List<StoredEmail> items =
        jdbc.sql(
                """
                select id, user_id, kind, to_address, subject, status, attempts, last_error,
                       text_body, html_body, created_at
                from email_outbox order by created_at desc, id limit :size offset :off
                """)
            .param("size", size)
            .param("off", (long) page * size)
            .query(
                (rs, n) ->
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
                        rs.getTimestamp("created_at").toInstant()))
            .list();
    long total = jdbc.sql("select count(*) from email_outbox").query(Long.class).single();
    return new Page<>(items, total, page, size);
  }
}
