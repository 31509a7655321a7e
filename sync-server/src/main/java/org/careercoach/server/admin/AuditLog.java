package org.careercoach.server.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careercoach.model.api.Page;
import org.careercoach.server.auth.ConsoleAccount;
import org.careercoach.server.config.LikePrefix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every admin action: who, what, on whom, when, from which address. Append-only: this class is the
 * table's only writer and issues inserts alone. Each entry also goes to the {@code audit} log.
 */
@Component
class AuditLog {

  private static final Logger audit = LoggerFactory.getLogger("audit");

  record Entry(
      long id,
      Instant at,
      String actorEmail,
      String action,
      String target,
      String detail,
      String address) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void record(ConsoleAccount actor, String address, String action, String target, String detail) {
    jdbc.sql(
            """
            insert into admin_audit (at, actor_id, actor_email, action, target, detail, address)
            values (:at, :actor, :email, :action, :target, :detail, :address)
            """)
        .param("at", Timestamp.from(clock.instant()))
        .param("actor", actor.userId())
        .param("email", actor.email())
        .param("action", action)
        .param("target", target)
        .param("detail", detail)
        .param("address", address)
        .update();
    audit.info(
        "event=admin_action actor={} action={} target={} address={}",
        actor.userId(),
        action,
        target,
        address);
  }

  /**
   * Entries newest first; {@code text}, when given, matches the start of the actor's email or of
   * the target (any case), {@code action} the start of the action's name.
   */
  Page<Entry> search(String text, String action, int page, int size) {
    String where = " where true";
    Map<String, Object> params = new HashMap<>();
    if (text != null && !text.isBlank()) {
      where +=
          " and (lower(actor_email) like :text escape '\\' or lower(target) like :text escape '\\')";
      params.put("text", LikePrefix.of(text));
    }
    if (action != null && !action.isBlank()) {
      where += " and action like :action escape '\\'";
      params.put("action", LikePrefix.of(action));
    }
    long total =
        jdbc.sql("select count(*) from admin_audit" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Entry> items =
        jdbc.sql(
                "select id, at, actor_email, action, target, detail, address from admin_audit"
                    + where
                    + " order by at desc, id desc limit :size offset :offset")
            .params(params)
            .param("size", size)
            .param("offset", (long) page * size)
            .query(
                (rs, n) ->
                    new Entry(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor_email"),
                        rs.getString("action"),
                        rs.getString("target"),
                        rs.getString("detail"),
                        rs.getString("address")))
            .list();
    return new Page<>(items, total, page, size);
  }
}
