package org.careercoach.desktop.service.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand. */
final class StepClock extends Clock {

  private volatile Instant now;

  StepClock(Instant start) {
    this.now = start;
  }

  StepClock() {
    this(Instant.parse("2026-03-01T09:00:00.123456Z"));
  }

  void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
