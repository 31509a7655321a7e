package org.careercoach.server.resumes;

/** A resume format, as decided from the file's content. */
enum DetectedType {
  PDF("application/pdf", ".pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
  TXT("text/plain", ".txt");

  final String mimeType;
  final String extension;

  DetectedType(String mimeType, String extension) {
    this.mimeType = mimeType;
    this.extension = extension;
  }
}
