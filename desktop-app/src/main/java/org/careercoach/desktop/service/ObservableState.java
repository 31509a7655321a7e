package org.careercoach.desktop.service;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A value that tells its listeners when it changes: how services publish app-wide state without
 * JavaFX, so other services (and plain JUnit tests) can observe it as well as view models. Its
 * owner changes it from one thread at a time; listeners are called on that thread, so a view model
 * hands the news to the UI thread itself (through its {@link TaskExecutor}).
 */
public final class ObservableState<T> {

  private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();
  private volatile T value;

  public ObservableState(T initial) {
    this.value = Objects.requireNonNull(initial);
  }

  public T get() {
    return value;
  }

  /**
   * Calls {@code listener} with every later value (not the current one: read it with {@link
   * #get()}).
   *
   * @return stops the calls
   */
  public Runnable subscribe(Consumer<? super T> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Sets the value; listeners hear it only when it differs from the last one. */
  public void set(T next) {
    Objects.requireNonNull(next);
    if (next.equals(value)) {
      return;
    }
    value = next;
    listeners.forEach(listener -> listener.accept(next));
  }
}
