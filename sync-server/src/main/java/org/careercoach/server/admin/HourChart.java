package org.careercoach.server.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.careercoach.server.jobs.JobConsole;

/**
 * The dashboard's small chart of the last 24 hours, drawn on the server as SVG: one stacked bar an
 * hour, succeeded below and failed above. No script runs, so it works under the console's strict
 * content security policy and without any network.
 */
record HourChart(List<Bar> bars, long max) {

  static final int WIDTH = 240;
  static final int HEIGHT = 60;
  private static final int SLOT = WIDTH / 24;
  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("HH:00").withZone(ZoneOffset.UTC);

  /** One rectangle; {@code tone} is its CSS class, {@code label} its tooltip. */
  record Bar(int x, double y, int width, double height, String tone, String label) {}

  static HourChart of(List<JobConsole.Hour> hours) {
    long max =
        Math.max(1, hours.stream().mapToLong(h -> h.succeeded() + h.failed()).max().orElse(1));
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < hours.size(); i++) {
      JobConsole.Hour hour = hours.get(i);
      double ok = HEIGHT * (double) hour.succeeded() / max;
      double failed = HEIGHT * (double) hour.failed() / max;
      String label =
          HOUR.format(hour.start())
              + " UTC: "
              + hour.succeeded()
              + " parsed, "
              + hour.failed()
              + " failed";
      int x = i * SLOT;
      bars.add(new Bar(x, HEIGHT - ok, SLOT - 2, ok, "ok", label));
      bars.add(new Bar(x, HEIGHT - ok - failed, SLOT - 2, failed, "bad", label));
    }
    return new HourChart(bars, max);
  }
}
