package org.careercoach.server.config;

/** The one rule for {@code page} and {@code size} query parameters of every list endpoint. */
public final class Paging {

  private Paging() {}

  /** Answers 400 naming the parameter when a page request is out of range. */
  public static void check(int page, int size, int maxSize) {
    if (page < 0) {
      throw ApiProblem.invalid("page", "must be 0 or more");
    }
    if (size < 1 || size > maxSize) {
      throw ApiProblem.invalid("size", "must be between 1 and " + maxSize);
    }
  }
}
