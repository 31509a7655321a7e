package org.careercoach.desktop.service;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (network, disk, keychain) off the UI thread and hands the outcome back on it. View
 * models take one of these, so tests can swap in one that runs everything at once.
 */
public interface TaskExecutor {

  /**
   * Runs {@code work} in the background, then exactly one of the callbacks on the UI thread.
   *
   * @param work the slow part; it must not touch the UI
   * @param onSuccess receives the result
   * @param onFailure receives whatever {@code work} threw
   */
  <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

  /** Runs {@code uiWork} on the UI thread soon: for news that arrives on a background thread. */
  void deliver(Runnable uiWork);

  /**
   * Runs {@code uiWork} on the UI thread after {@code delay}, unless cancelled first.
   *
   * @return cancels the run if it has not started
   */
  Runnable schedule(Duration delay, Runnable uiWork);
}
