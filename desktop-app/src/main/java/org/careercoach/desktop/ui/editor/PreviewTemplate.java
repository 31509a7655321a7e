package org.careercoach.desktop.ui.editor;

/** The templates a person can preview, as the PDF export offers them. */
public enum PreviewTemplate {
  CLASSIC("Classic"),
  MODERN("Modern");

  private final String label;

  PreviewTemplate(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
