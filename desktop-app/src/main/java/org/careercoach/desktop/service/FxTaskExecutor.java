package org.careercoach.desktop.service;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The app's one background executor: a small pool of daemon threads whose results are delivered
 * with {@link Platform#runLater}, and one timer thread for delayed work. It is the only place that
 * calls {@code runLater}.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

  private final ExecutorService pool;
  private final ScheduledExecutorService timer;

  public FxTaskExecutor(int threads) {
    this.pool = Executors.newFixedThreadPool(threads, daemonThreads("coach-background-"));
    this.timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("coach-timer-"));
  }

  @Override
  public <T> void submit(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    if (pool.isShutdown()) {
      return; // the window is closing: nobody is left to show the outcome to
    }
    pool.execute(
        () -> {
          T result;
          try {
            result = work.call();
          } catch (Exception | Error e) {
            Platform.runLater(() -> onFailure.accept(e));
            return;
          }
          Platform.runLater(() -> onSuccess.accept(result));
        });
  }

  @Override
  public void deliver(Runnable uiWork) {
    Platform.runLater(uiWork);
  }

  @Override
  public Runnable schedule(Duration delay, Runnable uiWork) {
    if (timer.isShutdown()) {
      return () -> {};
    }
    ScheduledFuture<?> future =
        timer.schedule(() -> Platform.runLater(uiWork), delay.toMillis(), TimeUnit.MILLISECONDS);
    return () -> future.cancel(false);
  }

  /** Stops taking work and gives running tasks a moment to finish (they are daemons anyway). */
  @Override
  public void close() throws InterruptedException {
    timer.shutdownNow();
    pool.shutdownNow();
    pool.awaitTermination(2, TimeUnit.SECONDS);
  }

  /** Daemon threads, so that nothing the app started can keep it alive after its window closed. */
  public static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
