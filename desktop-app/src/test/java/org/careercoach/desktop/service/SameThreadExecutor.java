package org.careercoach.desktop.service;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work and its callback at once, on the calling thread: for view-model tests. */
public final class SameThreadExecutor implements TaskExecutor {

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
}
