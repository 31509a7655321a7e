package org.careercoach.server.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.careercoach.server.support.TestJobs;
import org.junit.jupiter.api.Test;

class WatchdogTest {

  private static final Duration PATIENCE = Duration.ofSeconds(10);

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
        .hasMessageContaining("took longer than")
        .extracting(failure -> ((ParseFailure) failure).kind())
        .isEqualTo(ParseFailure.Kind.TIMEOUT);

    assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(5).toNanos());
    assertThat(TestJobs.await(PATIENCE, interrupted::get))
        .as("the parsing thread was interrupted")
        .isTrue();
  }

  @Test
  void aParseThatIgnoresInterruptionIsCountedAsAbandonedUntilItsThreadEnds() throws Exception {
    int before = Watchdog.abandonedAlive();
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger interruptsIgnored = new AtomicInteger();
    try {
      assertThatThrownBy(
              () ->
                  Watchdog.within(
                      Duration.ofMillis(100),
                      () -> {
                        while (true) {
                          try {
                            release.await();
                            return null;
                          } catch (InterruptedException e) {
                            interruptsIgnored.incrementAndGet();
                          }
                        }
                      }))
          .isInstanceOf(ParseFailure.class)
          .hasMessageContaining("took longer than");

      assertThat(Watchdog.abandonedAlive()).isEqualTo(before + 1);
      assertThat(TestJobs.await(PATIENCE, () -> interruptsIgnored.get() > 0)).isTrue();
      assertThat(Watchdog.abandonedAlive())
          .as("still running after the interrupt")
          .isEqualTo(before + 1);
    } finally {
      release.countDown();
    }
    assertThat(TestJobs.await(PATIENCE, () -> Watchdog.abandonedAlive() == before)).isTrue();
  }

  @Test
  void anUnexpectedThrowableInsideIsAnInternalFailureNeverADefence() {
    java.util.List<java.util.concurrent.Callable<Object>> bugs =
        java.util.List.of(
            () -> {
              throw new NullPointerException("a parser bug");
            },
            () -> {
              throw new StackOverflowError();
            },
            () -> {
              throw new IllegalArgumentException("a library's surprise");
            });
    for (java.util.concurrent.Callable<Object> bug : bugs) {
      assertThatThrownBy(() -> Watchdog.within(Duration.ofSeconds(5), bug))
          .isInstanceOf(ParseFailure.class)
          .hasMessageContaining("could not be read")
          .extracting(failure -> ((ParseFailure) failure).kind())
          .isEqualTo(ParseFailure.Kind.INTERNAL);
    }
  }

  @Test
  void anUnexpectedErrorInsideIsToldInWordsWithoutItsClassName() {
    assertThatThrownBy(
            () ->
                Watchdog.within(
                    Duration.ofSeconds(5),
                    () -> {
                      throw new IllegalStateException("/tmp/secret/path broke");
                    }))
        .isInstanceOf(ParseFailure.class)
        .hasMessageContaining("could not be read")
        .hasMessageNotContaining("IllegalStateException")
        .hasMessageNotContaining("/tmp");
  }

  @Test
  void failuresInsideKeepTheirReasonAndOutOfMemoryBecomesAFailure() {
    assertThatThrownBy(
            () ->
                Watchdog.within(
                    Duration.ofSeconds(5),
                    () -> {
                      throw new ParseFailure(
                          ParseFailure.Kind.UNREADABLE, "The PDF is damaged and cannot be read.");
                    }))
        .hasMessage("The PDF is damaged and cannot be read.")
        .extracting(failure -> ((ParseFailure) failure).kind())
        .isEqualTo(ParseFailure.Kind.UNREADABLE);
    assertThatThrownBy(
            () ->
                Watchdog.within(
                    Duration.ofSeconds(5),
                    () -> {
                      throw new OutOfMemoryError("test");
                    }))
        .isInstanceOf(ParseFailure.class)
        .hasMessageContaining("memory")
        .extracting(failure -> ((ParseFailure) failure).kind())
        .isEqualTo(ParseFailure.Kind.INTERNAL);
  }
}
