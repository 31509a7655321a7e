package org.careercoach.server.parsing.heuristic;

/**
 * The heading words the heuristic reader knows, for the line model to weigh as one hint among its
 * features (the model learns how far to trust it): the section kind a line names, or null.
 */
public final class HeadingWords {

  private HeadingWords() {}

  /** "EXPERIENCE" for "Work Experience", null for a line that names no section it knows. */
  public static String kindOf(String line) {
    return Section.ofHeading(line).map(Section::name).orElse(null);
  }
}
