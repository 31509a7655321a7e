package org.careercoach.server.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careercoach.model.resume.Resume;
import org.careercoach.server.jobs.JobProcessor;
import org.careercoach.server.parsing.Watchdog;
import org.careercoach.server.resumes.ResumeParsed;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;

/**
 * The real parser, with behaviour tests choose by file name: {@code slow-<ms>-…} holds the job that
 * long first (interruptibly, as a long parse would be), {@code poison-…} fails every attempt until
 * the test cures it, {@code stubborn-<ms>-…} runs under the parser's watchdog with a limit of that
 * many ms and ignores every interruption until the test releases it. It counts runs, attempts'
 * start times and how many run at once. A parsed {@code unmailable-…} file makes the transaction
 * that stores it fail (a listener of {@link ResumeParsed} throws) until the test cures it.
 */
public final class TestJobs implements JobProcessor {

  private static final Pattern SLOW = Pattern.compile("^slow-(\\d+)-");
  private static final Pattern STUBBORN = Pattern.compile("^stubborn-(\\d+)-");

  private final JobProcessor real;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger mostAtOnce = new AtomicInteger();
  private final Map<String, List<Instant>> starts = new ConcurrentHashMap<>();
  private final Set<String> cured = ConcurrentHashMap.newKeySet();
  private volatile CountDownLatch stubbornRelease = new CountDownLatch(1);
  private volatile CountDownLatch gate = new CountDownLatch(0);

  TestJobs(JobProcessor real) {
    this.real = real;
  }

  @Override
  public Resume process(Upload upload) {
    String name = upload.filename();
    markRun(name);
    starts.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(Instant.now());
    int now = running.incrementAndGet();
    mostAtOnce.accumulateAndGet(now, Math::max);
    try {
      Matcher slow = SLOW.matcher(name);
      if (slow.find()) {
        Thread.sleep(Long.parseLong(slow.group(1)));
      }
      if (name.startsWith("held-")) {
        gate.await();
      }
      Matcher stubborn = STUBBORN.matcher(name);
      if (stubborn.find()) {
        CountDownLatch release = stubbornRelease;
        Watchdog.within(
            Duration.ofMillis(Long.parseLong(stubborn.group(1))),
            () -> {
              awaitIgnoringInterrupts(release);
              return null;
            });
      }
      if (name.startsWith("poison-") && !cured.contains(name)) {
        throw new IllegalStateException("injected failure for " + name);
      }
      return real.process(upload);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      running.decrementAndGet();
    }
  }

  /**
   * In a worker process started by a test, leaves a file {@code <pid>-<name>} in the folder named
   * by {@code COACH_TEST_RUNS}, so the test sees which process ran what.
   */
  private static void markRun(String name) {
    String folder = System.getenv("COACH_TEST_RUNS");
    if (folder == null) {
      return;
    }
    try {
      java.nio.file.Files.createFile(
          java.nio.file.Path.of(folder, ProcessHandle.current().pid() + "-" + name));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A parse that will not stop when its watchdog interrupts it, only when released. */
  private static void awaitIgnoringInterrupts(CountDownLatch release) {
    while (true) {
      try {
        release.await();
        return;
      } catch (InterruptedException ignored) {
        // The point of this parser: it carries on as a parser stuck in a library would.
      }
    }
  }

  /** From now on, parses of {@code held-…} files wait until {@link #openGate()}. */
  public void closeGate() {
    gate = new CountDownLatch(1);
  }

  /** Lets every held parse go on, and later ones run at once. */
  public void openGate() {
    gate.countDown();
  }

  /** Lets every stubborn parse end; later ones are stubborn again. */
  public void releaseStubborn() {
    CountDownLatch release = stubbornRelease;
    stubbornRelease = new CountDownLatch(1);
    release.countDown();
  }

  /** When each attempt at the file started. */
  public List<Instant> starts(String filename) {
    return starts.getOrDefault(filename, List.of());
  }

  public int mostAtOnce() {
    return mostAtOnce.get();
  }

  public void resetMostAtOnce() {
    mostAtOnce.set(running.get());
  }

  /** In the transaction that stores the result: fails it for an uncured {@code unmailable-…}. */
  @EventListener
  void onParsed(ResumeParsed parsed) {
    if (parsed.filename().startsWith("unmailable-") && !cured.contains(parsed.filename())) {
      throw new IllegalStateException("injected failure after the result was stored");
    }
  }

  public void cure(String filename) {
    cured.add(filename);
  }

  /** Waits for the condition, up to the timeout; false if it never held. */
  public static boolean await(Duration timeout, java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Api.sleep(100);
    }
    return condition.getAsBoolean();
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Configuration {
    @Bean
    @Primary
    TestJobs testJobs(@Qualifier("parserJobProcessor") JobProcessor real) {
      return new TestJobs(real);
    }
  }
}
