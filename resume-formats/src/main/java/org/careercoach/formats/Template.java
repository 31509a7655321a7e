package org.careercoach.formats;

/** The looks a resume can be exported in, PDF and DOCX alike. */
public enum Template {
  /** One column, headings across the page: the most machine-readable. */
  CLASSIC("Classic"),
  /** A tinted sidebar with contacts, skills and languages beside the main column. */
  MODERN("Modern");

  private final String displayName;

  Template(String displayName) {
    this.displayName = displayName;
  }

  /** The name to show a user. */
  public String displayName() {
    return displayName;
  }
}
