package org.careercoach.model.api;

import java.util.List;

/** One page of a list, newest first; {@code page} counts from 0. */
public record Page<T>(List<T> items, long total, int page, int size) {
  public Page {
    items = List.copyOf(items);
  }
}
