package org.careercoach.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.careercoach.model.api.JobStatus;
import org.careercoach.server.jobs.JobConsole;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

  private static final AlertProperties LIMITS =
      new AlertProperties(Duration.ofMinutes(15), 0.25, 5);
  private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
  private static final List<SystemHealth.Part> HEALTHY =
      List.of(
          new SystemHealth.Part("db", "PostgreSQL", "working", "ok", null),
          new SystemHealth.Part("redis", "Redis", "working", "ok", null),
          new SystemHealth.Part("storage", "File store", "working", "ok", null),
          new SystemHealth.Part("email", "Email (SendGrid)", "capturing only", "info", "kept"));
  private static final JobConsole.Worker WORKER = new JobConsole.Worker("1-host-w", 2, 0, NOW, NOW);

  @Test
  void aHealthySystemRaisesNothing() {
    assertThat(keys(HEALTHY, overview(3, Duration.ofMinutes(1), List.of(WORKER), false, 10, 0)))
        .isEmpty();
  }

  @Test
  void noWorkerWhileJobsWaitIsAnAlertUnlessTheQueueIsPausedOrNothingWaits() {
    assertThat(keys(HEALTHY, overview(3, Duration.ofSeconds(5), List.of(), false, 0, 0)))
        .containsExactly("no-workers");
    assertThat(keys(HEALTHY, overview(3, Duration.ofSeconds(5), List.of(), true, 0, 0))).isEmpty();
    assertThat(keys(HEALTHY, overview(0, null, List.of(), false, 0, 0))).isEmpty();
    assertThat(keys(HEALTHY, overview(3, Duration.ofSeconds(5), null, false, 0, 0)))
        .as("unknown workers (Redis down) are not 'no workers'")
        .isEmpty();
  }

  @Test
  void aLongWaitAndAHighFailureRateAreAlertsPastTheirThresholds() {
    assertThat(keys(HEALTHY, overview(1, Duration.ofMinutes(16), List.of(WORKER), false, 0, 0)))
        .containsExactly("oldest-wait");
    assertThat(keys(HEALTHY, overview(1, Duration.ofMinutes(14), List.of(WORKER), false, 0, 0)))
        .isEmpty();
    assertThat(keys(HEALTHY, overview(0, null, List.of(WORKER), false, 6, 3)))
        .containsExactly("failure-rate");
    assertThat(keys(HEALTHY, overview(0, null, List.of(WORKER), false, 2, 2)))
        .as("too few jobs ended to judge")
        .isEmpty();
  }

  @Test
  void failingMailAndADeniedStoreAreAlertsThatCarryTheirFix() {
    List<SystemHealth.Part> parts = new ArrayList<>(HEALTHY);
    parts.set(2, new SystemHealth.Part("storage", "File store", "down", "bad", "AccessDenied"));
    parts.set(
        3,
        new SystemHealth.Part(
            "email", "Email (SendGrid)", "failing", "warn", "403: verify SENDGRID_FROM_EMAIL"));

    List<AlertRules.Alert> alerts =
        AlertRules.evaluate(parts, overview(0, null, List.of(WORKER), false, 0, 0), LIMITS);

    assertThat(alerts)
        .extracting(AlertRules.Alert::key)
        .containsExactly("storage-denied", "mail-failing");
    assertThat(alerts.get(1).detail()).contains("SENDGRID_FROM_EMAIL");
    assertThat(alerts.get(0).detail()).contains("AccessDenied");
  }

  private static List<String> keys(List<SystemHealth.Part> parts, JobConsole.Overview overview) {
    return AlertRules.evaluate(parts, overview, LIMITS).stream()
        .map(AlertRules.Alert::key)
        .toList();
  }

  private static JobConsole.Overview overview(
      long waiting,
      Duration oldest,
      List<JobConsole.Worker> workers,
      boolean paused,
      long succeededLastHour,
      long failedLastHour) {
    Map<JobStatus, Long> states = new EnumMap<>(JobStatus.class);
    for (JobStatus s : JobStatus.values()) {
      states.put(s, 0L);
    }
    states.put(JobStatus.QUEUED, waiting);
    List<JobConsole.Bucket> hour = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      hour.add(new JobConsole.Bucket(NOW.minus(Duration.ofMinutes(55 - 5 * i)), 0, 0));
    }
    hour.add(new JobConsole.Bucket(NOW, succeededLastHour, failedLastHour));
    List<JobConsole.Bucket> day =
        List.of(new JobConsole.Bucket(NOW, succeededLastHour, failedLastHour));
    return new JobConsole.Overview(
        states, oldest, hour, day, workers, new JobConsole.Queue(paused, NOW, null));
  }
}
