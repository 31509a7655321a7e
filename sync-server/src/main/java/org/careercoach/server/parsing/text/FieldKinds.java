package org.careercoach.server.parsing.text;

/**
 * How a kind of field fares against the entry or section it belongs to, for the heuristic parser:
 * an entry's confidence says whether it is a real job or study; within it, some fields are read by
 * surer rules (a date by its pattern) than others (a free-text summary gathered from the lines
 * around it). Measured on the development set (bench/parser-calibration.sh), not guessed.
 */
final class FieldKinds {

  private FieldKinds() {}

  /**
   * What finding the value across several lines does to it: an entry's loose lines gathered into
   * one paragraph are often separate points the layout set without bullets, so such a summary is
   * much less sure than one written on one line; elsewhere, a wrapped value is as sure as any.
   */
  static double acrossLines(String parser, String path, String key) {
    boolean gathered =
        parser.equals("heuristic")
            && !path.startsWith("basics.")
            && (key.equals("summary") || key.equals("description"));
    return gathered ? 0.65 : 0.97;
  }

  static double factor(String parser, String path, String key) {
    if (!parser.equals("heuristic")) {
      return 1.0;
    }
    if (path.startsWith("skills[")) {
      // An item of a list is a skill however the list is set out; a category name is a guess.
      return key.equals("keywords") ? 1.15 : 1.1;
    }
    return switch (key) {
      // Free text gathered from the lines around an entry's heading, whatever they were.
      case "summary", "description" -> 0.9;
      default -> 1.0;
    };
  }
}
