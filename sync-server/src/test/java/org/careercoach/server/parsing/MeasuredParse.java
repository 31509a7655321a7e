package org.careercoach.server.parsing;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One parse through the {@link Watchdog}, as the server runs it, with what it cost: the wall time
 * and the bytes the parsing thread allocated (HotSpot's per-thread allocation counter, so the
 * figure is that parse's own, not the shared heap's).
 */
record MeasuredParse(ParseFailure failure, Duration elapsed, long allocatedBytes) {

  static MeasuredParse of(byte[] bytes, String name, Duration limit) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    AtomicLong allocated = new AtomicLong(-1);
    long start = System.nanoTime();
    ParseFailure failure = null;
    try {
      Watchdog.within(
          limit,
          () -> {
            long before = threads.getCurrentThreadAllocatedBytes();
            try {
              return ResumeParser.read(bytes, name);
            } finally {
              allocated.set(threads.getCurrentThreadAllocatedBytes() - before);
            }
          });
    } catch (ParseFailure refused) {
      failure = refused;
    }
    return new MeasuredParse(failure, Duration.ofNanos(System.nanoTime() - start), allocated.get());
  }

  ParseFailure.Kind kind() {
    return failure == null ? null : failure.kind();
  }

  long allocatedMegabytes() {
    return allocatedBytes / (1024 * 1024);
  }

  @Override
  public String toString() {
    return (failure == null ? "parsed" : failure.toString())
        + " in "
        + elapsed.toMillis()
        + " ms, "
        + allocatedBytes / 1024
        + " KB allocated";
  }
}
