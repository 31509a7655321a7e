package org.careercoach.server.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WatchdogTest {

  @Test
  void aParsePastItsTimeIsAbandonedWithAReasonAndInterrupted() throws Exception {
    AtomicBoolean interrupted = new AtomicBoolean();
    long start = System.nanoTime();

    assertThatThrownBy(
            () ->
                Watchdog.within(
                    Duration.ofMillis(200),
                    () -> {
                      try {
                        Thread.sleep(10_000);
                      } catch (InterruptedException e) {
                        interrupted.set(true);
                      }
                      return null;
                    }))
        .isInstanceOf(ParseFailure.class)
        .hasMessageContaining("took longer than");

    assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(5).toNanos());
    Thread.sleep(200);
    assertThat(interrupted).isTrue();
  }

  @Test
  void failuresInsideKeepTheirReasonAndOutOfMemoryBecomesAFailure() {
    assertThatThrownBy(
            () ->
                Watchdog.within(
                    Duration.ofSeconds(5),
                    () -> {
                      throw new ParseFailure("The PDF is damaged and cannot be read.");
                    }))
        .hasMessage("The PDF is damaged and cannot be read.");
    assertThatThrownBy(
            () ->
                Watchdog.within(
                    Duration.ofSeconds(5),
                    () -> {
                      throw new OutOfMemoryError("test");
                    }))
        .isInstanceOf(ParseFailure.class)
        .hasMessageContaining("memory");
  }
}
