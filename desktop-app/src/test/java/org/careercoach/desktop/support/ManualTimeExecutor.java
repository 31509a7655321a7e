package org.careercoach.desktop.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.careercoach.desktop.service.TaskExecutor;

/**
 * Runs everything on the test's thread against a {@link TestClock}: timers fire when the test moves
 * time past them, in order. Background work runs at once, unless the test holds it to look at the
 * state while it is "running" and release it later.
 */
public final class ManualTimeExecutor implements TaskExecutor {

  private record Timer(Instant due, long order, Runnable work) {}

  private final TestClock clock;
  private final List<Timer> timers = new ArrayList<>();
  private final List<Runnable> held = new ArrayList<>();
  private long order;
  private boolean holding;

  public ManualTimeExecutor(TestClock clock) {
    this.clock = clock;
  }

  /** From now on background work waits until {@link #releaseHeld()}. */
  public void holdBackgroundWork() {
    holding = true;
  }

  /** Runs the held background work (and its callbacks), oldest first, and stops holding. */
  public void releaseHeld() {
    holding = false;
    List<Runnable> work = new ArrayList<>(held);
    held.clear();
    work.forEach(Runnable::run);
  }

  public int heldCount() {
    return held.size();
  }

  @Override
  public <T> void submit(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    Runnable run =
        () -> {
          T result;
          try {
            result = work.call();
          } catch (Exception e) {
            onFailure.accept(e);
            return;
          }
          onSuccess.accept(result);
        };
    if (holding) {
      held.add(run);
    } else {
      run.run();
    }
  }

  @Override
  public void deliver(Runnable uiWork) {
    uiWork.run();
  }

  @Override
  public Runnable schedule(Duration delay, Runnable uiWork) {
    Timer timer = new Timer(clock.instant().plus(delay), order++, uiWork);
    timers.add(timer);
    return () -> timers.remove(timer);
  }

  /** Moves time on by {@code by}, firing each timer that falls due on the way, at its time. */
  public void advance(Duration by) {
    Instant end = clock.instant().plus(by);
    while (true) {
      Timer next =
          timers.stream()
              .filter(t -> !t.due().isAfter(end))
              .min(Comparator.comparing(Timer::due).thenComparingLong(Timer::order))
              .orElse(null);
      if (next == null) {
        break;
      }
      timers.remove(next);
      if (next.due().isAfter(clock.instant())) {
        clock.advance(Duration.between(clock.instant(), next.due()));
      }
      next.work().run();
    }
    clock.advance(Duration.between(clock.instant(), end));
  }

  /** How long until the next timer fires; null when none waits. */
  public Duration nextTimerIn() {
    return timers.stream()
        .map(Timer::due)
        .min(Comparator.naturalOrder())
        .map(due -> Duration.between(clock.instant(), due))
        .orElse(null);
  }
}
