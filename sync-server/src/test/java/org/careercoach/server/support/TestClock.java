package org.careercoach.server.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The real time plus an offset that tests move, instead of sleeping past expiries; a test that
 * needs exact boundaries stops the clock. {@link ResetAfterEach} puts it back to the real time
 * after every test, so no test sees the time another one moved to.
 */
public final class TestClock extends Clock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
  private final AtomicReference<Instant> stoppedAt = new AtomicReference<>();

  public void advance(Duration by) {
    offset.updateAndGet(current -> current.plus(by));
  }

  /**
   * Stops the clock at the current whole second (tokens carry whole seconds), so expiry boundaries
   * are exact however long a request takes. {@link #advance} still moves it.
   */
  public Instant stop() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    offset.set(Duration.ZERO);
    stoppedAt.set(now);
    return now;
  }

  /** Back to the real time, running. */
  public void reset() {
    stoppedAt.set(null);
    offset.set(Duration.ZERO);
  }

  @Override
  public Instant instant() {
    Instant stopped = stoppedAt.get();
    return (stopped == null ? Instant.now() : stopped).plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Configuration {
    @Bean
    @Primary
    TestClock testClock() {
      return new TestClock();
    }
  }

  /** Resets the context's clock after each test of a Spring test class. */
  public static final class ResetAfterEach implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) {
      SpringExtension.getApplicationContext(context).getBean(TestClock.class).reset();
    }
  }
}
