package org.careercoach.formats;

/**
 * Something wrong with one place in a resume file.
 *
 * @param path where, as a JSON path such as {@code $.work[0].startDate}; {@code $} is the whole
 *     document
 * @param message what is wrong, in words a user can act on
 */
public record FieldProblem(String path, String message) {

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
