package org.careercoach.desktop.service;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The app's one background executor: a small pool of daemon threads whose results are delivered
 * with {@link Platform#runLater}. It is the only place that calls {@code runLater}.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

  private final ExecutorService pool;

  public FxTaskExecutor(int threads) {
    this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
  }

  @Override
  public <T> void submit(
      Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
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

  /** Stops taking work and gives running tasks a moment to finish (they are daemons anyway). */
  @Override
  public void close() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(2, TimeUnit.SECONDS);
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "coach-background-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
