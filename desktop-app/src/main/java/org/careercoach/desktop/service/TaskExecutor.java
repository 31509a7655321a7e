package org.careercoach.desktop.service;

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
}
