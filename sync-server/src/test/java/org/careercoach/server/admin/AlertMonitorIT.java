package org.careercoach.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Alerts are mailed once when they start and once when they clear, to every enabled admin, however
 * many checks (on however many instances) see them; failing mail is never mailed about.
 */
@ServerIT
class AlertMonitorIT {

  @Autowired AlertMonitor monitor;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void clearAll() {
    monitor.apply(List.of());
  }

  @Test
  void anAlertIsMailedOnceWhenItStartsAndOnceWhenItClears() throws Exception {
    AlertRules.Alert alert = alert("test-" + UUID.randomUUID());
    long admins = enabledAdmins();

    // Four instances check at once, twice each: one start.
    concurrently(8, () -> monitor.apply(List.of(alert)));
    assertThat(mails("Alert: " + alert.title())).isEqualTo(admins);
    assertThat(monitor.inForce()).containsExactly(alert.key());

    concurrently(8, () -> monitor.apply(List.of()));
    assertThat(mails("Cleared: " + alert.title())).isEqualTo(admins);
    assertThat(mails("Alert: " + alert.title())).as("no repeat").isEqualTo(admins);
    assertThat(monitor.inForce()).isEmpty();
  }

  @Test
  void failingMailIsKeptForTheDashboardAndTheLogNotMailed() {
    AlertRules.Alert mail =
        new AlertRules.Alert(
            AlertMonitor.UNMAILABLE, "Mail is failing " + UUID.randomUUID(), "403");

    monitor.apply(List.of(mail));
    monitor.apply(List.of());

    assertThat(mails("Alert: " + mail.title())).isZero();
    assertThat(mails("Cleared: " + mail.title())).isZero();
  }

  private static AlertRules.Alert alert(String key) {
    return new AlertRules.Alert(key, "Something broke " + key, "Fix it like this.");
  }

  private long mails(String subject) {
    return jdbc.sql(
            "select count(*) from email_outbox where kind = 'OPERATOR_ALERT' and subject = :s")
        .param("s", subject)
        .query(Long.class)
        .single();
  }

  private long enabledAdmins() {
    return jdbc.sql("select count(*) from users where 'ADMIN' = any(roles) and not disabled")
        .query(Long.class)
        .single();
  }

  private static void concurrently(int times, Runnable check) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Object>> runs = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        Callable<Object> task =
            () -> {
              check.run();
              return null;
            };
        runs.add(pool.submit(task));
      }
      for (Future<Object> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
