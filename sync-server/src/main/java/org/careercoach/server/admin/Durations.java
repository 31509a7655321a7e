package org.careercoach.server.admin;

import java.time.Duration;

/** Durations as an operator reads them: "45 s", "12 min", "3 h 20 min", "2 d 4 h". */
final class Durations {

  private Durations() {}

  static String words(Duration d) {
    if (d == null) {
      return "none";
    }
    long s = Math.max(0, d.toSeconds());
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return s / 60 + " min";
    }
    if (s < 86_400) {
      long min = s / 60 % 60;
      return s / 3600 + " h" + (min == 0 ? "" : " " + min + " min");
    }
    long h = s / 3600 % 24;
    return s / 86_400 + " d" + (h == 0 ? "" : " " + h + " h");
  }
}
