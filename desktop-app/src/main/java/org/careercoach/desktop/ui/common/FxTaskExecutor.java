package org.careercoach.desktop.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.careercoach.desktop.service.DaemonThreads;
import org.careercoach.desktop.service.TaskExecutor;

/**
 * The app's one background executor: a small pool of daemon threads whose results are delivered
 * with {@link Platform#runLater}, and one timer thread for delayed work. It is the only place that
 * calls {@code runLater}: the one adapter between the services' threads and the toolkit, which is
 * why it lives with the UI and not in {@code service}.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

  private final ExecutorService pool;
  private final ScheduledExecutorService timer;

  public FxTaskExecutor(int threads) {
    this.pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("coach-background-"));
    this.timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("coach-timer-"));
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
}
