package org.careercoach.server.resumes;

import java.util.List;
import java.util.stream.Stream;
import org.careercoach.model.api.Capabilities;

/** A resume format, as decided from the file's content. */
enum DetectedType {
  PDF("application/pdf", "PDF", ".pdf"),
  DOCX(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Word document",
      ".docx"),
  TXT("text/plain", "Plain text", ".txt", ".text");

  final String mimeType;

  /** The extension a stored file's display name gets. */
  final String extension;

  /** How people call it. */
  final String label;

  /** Every extension a file of this type commonly has, {@link #extension} first. */
  final List<String> extensions;

  DetectedType(String mimeType, String label, String extension, String... more) {
    this.mimeType = mimeType;
    this.label = label;
    this.extension = extension;
    this.extensions = Stream.concat(Stream.of(extension), Stream.of(more)).toList();
  }

  /** As clients see it in {@code GET /api/v1/capabilities}. */
  Capabilities.FileType asFileType() {
    return new Capabilities.FileType(mimeType, extensions, label);
  }
}
