package org.careercoach.desktop.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the test moves by hand. By default it stands still; a {@link #ticking} one moves a second
 * on each read, so changes made one after another have an order without the test saying so.
 * Readable from any thread (the store's writes read it off the test's thread).
 */
public final class TestClock extends Clock {

  private final Duration tick;
  private volatile Instant now;

  private TestClock(Instant start, Duration tick) {
    this.now = start;
    this.tick = tick;
  }

  public TestClock(Instant start) {
    this(start, Duration.ZERO);
  }

  public TestClock() {
    this(Instant.parse("2026-12-01T09:00:00Z"));
  }

  /** A clock that moves a second each time it is read. */
  public static TestClock ticking(Instant start) {
    return new TestClock(start, Duration.ofSeconds(1));
  }

  public void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public synchronized Instant instant() {
    now = now.plus(tick);
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
