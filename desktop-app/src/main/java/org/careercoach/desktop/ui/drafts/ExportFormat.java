package org.careercoach.desktop.ui.drafts;

/** The files a draft can be exported to. */
enum ExportFormat {
  JSON("JSON Resume", "json"),
  PDF("PDF", "pdf"),
  DOCX("Word (DOCX)", "docx");

  private final String label;
  private final String extension;

  ExportFormat(String label, String extension) {
    this.label = label;
    this.extension = extension;
  }

  String label() {
    return label;
  }

  String extension() {
    return extension;
  }
}
