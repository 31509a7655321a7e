package org.careercoach.desktop.ui.editor;

import java.util.List;
import org.careercoach.model.resume.PartialDate;

/** What a field holds, which decides its input, how its text is read and how it is checked. */
enum FieldKind {
  /** One line of text. */
  TEXT,
  /** Paragraphs (a summary). */
  LONG_TEXT,
  /** A partial date: YYYY, YYYY-MM or YYYY-MM-DD. */
  DATE,
  /** A list of strings, one per line (highlights, keywords, courses). */
  LINES;

  /** The text that shows {@code value} in the field. */
  String format(Object value) {
    if (value == null) {
      return "";
    }
    if (this == LINES) {
      @SuppressWarnings("unchecked")
      List<String> lines = (List<String>) value;
      return String.join("\n", lines);
    }
    if (this == DATE) {
      return ((PartialDate) value).toString();
    }
    return (String) value;
  }
}
