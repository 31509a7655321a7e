package org.careercoach.server.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.careercoach.server.jobs.JobConsole;

/**
 * A small chart of jobs ended per slot of time, drawn on the server as SVG: one stacked bar a slot,
 * succeeded below and failed above, the current slot on the right. No script runs, so it works
 * under the console's strict content security policy and without any network.
 */
record BarChart(List<Bar> bars, long max) {

  static final int WIDTH = 240;
  static final int HEIGHT = 60;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

  /** One rectangle; {@code tone} is its CSS class, {@code label} its tooltip. */
  record Bar(double x, double y, double width, double height, String tone, String label) {}

  static BarChart of(List<JobConsole.Bucket> buckets) {
    long max =
        Math.max(1, buckets.stream().mapToLong(b -> b.succeeded() + b.failed()).max().orElse(1));
    double slot = (double) WIDTH / buckets.size();
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < buckets.size(); i++) {
      JobConsole.Bucket bucket = buckets.get(i);
      double ok = HEIGHT * (double) bucket.succeeded() / max;
      double failed = HEIGHT * (double) bucket.failed() / max;
      String label =
          "from "
              + TIME.format(bucket.start())
              + " UTC: "
              + bucket.succeeded()
              + " parsed, "
              + bucket.failed()
              + " failed";
      double x = i * slot;
      bars.add(new Bar(x, HEIGHT - ok, slot * 0.8, ok, "ok", label));
      bars.add(new Bar(x, HEIGHT - ok - failed, slot * 0.8, failed, "bad", label));
    }
    return new BarChart(bars, max);
  }
}
