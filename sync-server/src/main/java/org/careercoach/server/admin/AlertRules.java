package org.careercoach.server.admin;

import java.util.ArrayList;
import java.util.List;
import org.careercoach.server.jobs.JobConsole;

/**
 * What is wrong now, from the parts' health and the queue's numbers: the alerts the dashboard shows
 * at its top. A pure function of what it is given, so every instance that evaluates it at the same
 * moment finds the same alerts.
 */
final class AlertRules {

  /** One alert: a stable key (for "started" and "cleared"), a title and what to do. */
  record Alert(String key, String title, String detail) {}

  private AlertRules() {}

  static List<Alert> evaluate(
      List<SystemHealth.Part> parts, JobConsole.Overview overview, AlertProperties limits) {
    List<Alert> alerts = new ArrayList<>();
    if (overview.workers() != null
        && overview.workers().isEmpty()
        && overview.waiting() > 0
        && !overview.queue().paused()) {
      alerts.add(
          new Alert(
              "no-workers",
              "No worker is alive while "
                  + (overview.waiting() == 1 ? "a job waits." : overview.waiting() + " jobs wait."),
              "Start a worker process (or a server with COACH_JOB_WORKERS=true); jobs wait"
                  + " safely until one runs."));
    }
    if (overview.oldestWait() != null
        && overview.oldestWait().compareTo(limits.oldestWait()) > 0
        && !overview.queue().paused()) {
      alerts.add(
          new Alert(
              "oldest-wait",
              "A job has waited " + Durations.words(overview.oldestWait()) + ".",
              "More than "
                  + Durations.words(limits.oldestWait())
                  + ": add workers or look for"
                  + " what holds them."));
    }
    long ended = overview.succeeded(false) + overview.failed(false);
    if (ended >= limits.failureRateMinJobs()
        && overview.failureRate(false) > limits.failureRate()) {
      alerts.add(
          new Alert(
              "failure-rate",
              Math.round(overview.failureRate(false) * 100) + "% of jobs failed in the last hour.",
              "Above "
                  + Math.round(limits.failureRate() * 100)
                  + "%: read the errors of the"
                  + " failed jobs."));
    }
    for (SystemHealth.Part part : parts) {
      if (part.name().equals("email") && part.troubled()) {
        alerts.add(
            new Alert(
                "mail-failing",
                "Mail is failing.",
                part.problem() == null ? "See Mail for the reason." : part.problem()));
      } else if (part.name().equals("storage") && part.troubled()) {
        alerts.add(
            new Alert(
                "storage-denied",
                "The file store refuses or cannot be reached.",
                part.problem() == null ? "Uploads fail until it works." : part.problem()));
      } else if (part.troubled() && !part.name().equals("email")) {
        alerts.add(
            new Alert(
                part.name() + "-down",
                part.label() + " is " + part.state() + ".",
                part.problem() == null ? "" : part.problem()));
      }
    }
    return alerts;
  }
}
