package org.careercoach.desktop.service;

import java.util.function.Supplier;

/** A value made on its first use, once, whichever thread asks first; later calls get the same. */
public final class Lazily<T> implements Supplier<T> {

  private final Supplier<T> make;
  private volatile T value;

  private Lazily(Supplier<T> make) {
    this.make = make;
  }

  public static <T> Lazily<T> of(Supplier<T> make) {
    return new Lazily<>(make);
  }

  @Override
  public T get() {
    T made = value;
    if (made == null) {
      synchronized (this) {
        made = value;
        if (made == null) {
          made = make.get();
          value = made;
        }
      }
    }
    return made;
  }
}
