package org.careercoach.server.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.careercoach.server.config.CoachProperties;
import org.careercoach.server.email.EmailOutbox;
import org.careercoach.server.email.EmailTemplates;
import org.careercoach.server.jobs.JobConsole;
import org.careercoach.server.users.User;
import org.careercoach.server.users.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches for the dashboard's alerts while nobody looks at it. Each instance evaluates the rules
 * every {@code coach.alerts.check-every}; the alerts in force live in {@code admin_alerts}, so a
 * start (an insert) and a clear (a delete) happen once whichever instances saw them. Whoever made
 * the change writes one log line and mails every enabled admin, in the change's transaction. An
 * alert that mail is failing is not mailed (it could not arrive): the dashboard and the log carry
 * it.
 */
@Component
@EnableConfigurationProperties(AlertProperties.class)
class AlertMonitor {

  private static final Logger log = LoggerFactory.getLogger(AlertMonitor.class);
  static final String UNMAILABLE = "mail-failing";

  private final SystemHealth health;
  private final JobConsole jobs;
  private final AlertProperties limits;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final UserService users;
  private final EmailOutbox outbox;
  private final EmailTemplates templates;
  private final CoachProperties coach;

  AlertMonitor(
      SystemHealth health,
      JobConsole jobs,
      AlertProperties limits,
      JdbcClient jdbc,
      Clock clock,
      TransactionTemplate transaction,
      UserService users,
      EmailOutbox outbox,
      EmailTemplates templates,
      CoachProperties coach) {
    this.health = health;
    this.jobs = jobs;
    this.limits = limits;
    this.jdbc = jdbc;
    this.clock = clock;
    this.transaction = transaction;
    this.users = users;
    this.outbox = outbox;
    this.templates = templates;
    this.coach = coach;
  }

  @Scheduled(
      fixedDelayString = "${coach.alerts.check-every:30s}",
      initialDelayString = "${coach.alerts.check-every:30s}")
  void check() {
    try {
      apply(AlertRules.evaluate(health.parts(), jobs.overview(), limits));
    } catch (RuntimeException e) {
      // The database itself may be what is down; the next check tries again.
      log.warn("event=alert_check_failed reason={}", e.toString());
    }
  }

  /** Starts the alerts not yet in force and clears those in force that are no longer true. */
  void apply(List<AlertRules.Alert> now) {
    for (AlertRules.Alert alert : now) {
      transaction.executeWithoutResult(tx -> start(alert));
    }
    Set<String> keys = now.stream().map(AlertRules.Alert::key).collect(Collectors.toSet());
    for (String key : inForce()) {
      if (!keys.contains(key)) {
        transaction.executeWithoutResult(tx -> clear(key));
      }
    }
  }

  List<String> inForce() {
    return jdbc.sql("select key from admin_alerts order by started_at").query(String.class).list();
  }

  private void start(AlertRules.Alert alert) {
    Instant at = clock.instant();
    int inserted =
        jdbc.sql(
                """
                insert into admin_alerts (key, title, detail, started_at)
                values (:key, :title, :detail, :at) on conflict (key) do nothing
                """)
            .param("key", alert.key())
            .param("title", alert.title())
            .param("detail", alert.detail())
            .param("at", Timestamp.from(at))
            .update();
    if (inserted == 1) {
      log.warn("event=alert_started alert={} title=\"{}\"", alert.key(), alert.title());
      mailAdmins(alert.key(), alert.title(), alert.detail(), at, null);
    }
  }

  private void clear(String key) {
    Optional<Object[]> cleared =
        jdbc.sql("delete from admin_alerts where key = :key returning title, detail, started_at")
            .param("key", key)
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getString("title"),
                      rs.getString("detail"),
                      rs.getTimestamp("started_at").toInstant()
                    })
            .optional();
    if (cleared.isPresent()) {
      String title = (String) cleared.get()[0];
      log.info("event=alert_cleared alert={} title=\"{}\"", key, title);
      mailAdmins(
          key, title, (String) cleared.get()[1], clock.instant(), (Instant) cleared.get()[2]);
    }
  }

  private void mailAdmins(String key, String title, String detail, Instant at, Instant since) {
    if (UNMAILABLE.equals(key)) {
      return;
    }
    String console = coach.link("/admin");
    for (User admin : users.enabledAdmins()) {
      outbox.enqueue(
          templates.operatorAlert(
              admin.id(), admin.email(), admin.name(), title, detail, at, since, console));
    }
  }
}
