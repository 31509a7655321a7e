package org.careercoach.desktop.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs the work and its callback at once, on the calling thread: for view-model tests. Delayed work
 * waits in a list until the test runs it, so a test decides when time passes.
 */
public final class SameThreadExecutor implements TaskExecutor {

  /** Work scheduled for later, with its delay. */
  public record Scheduled(Duration delay, Runnable work) {}

  private final List<Scheduled> scheduled = new ArrayList<>();

  @Override
  public <T> void submit(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    T result;
    try {
      result = work.call();
    } catch (Exception e) {
      onFailure.accept(e);
      return;
    }
    onSuccess.accept(result);
  }

  @Override
  public void deliver(Runnable uiWork) {
    uiWork.run();
  }

  @Override
  public Runnable schedule(Duration delay, Runnable uiWork) {
    Scheduled entry = new Scheduled(delay, uiWork);
    scheduled.add(entry);
    return () -> scheduled.remove(entry);
  }

  /** What is waiting to run, oldest first. */
  public List<Scheduled> scheduled() {
    return List.copyOf(scheduled);
  }

  /** Runs the oldest work waiting {@code delay} (others, such as a service's timers, stay). */
  public void runScheduled(Duration delay) {
    Scheduled next =
        scheduled.stream()
            .filter(entry -> entry.delay().equals(delay))
            .findFirst()
            .orElseThrow(() -> new AssertionError("nothing waits " + delay));
    scheduled.remove(next);
    next.work().run();
  }

  /** Lets the time pass for the oldest waiting work, and runs it. */
  public Duration runNextScheduled() {
    Scheduled next = scheduled.remove(0);
    next.work().run();
    return next.delay();
  }
}
