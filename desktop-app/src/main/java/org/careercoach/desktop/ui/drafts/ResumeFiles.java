package org.careercoach.desktop.ui.drafts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.careercoach.model.resume.Resume;

/** Reads a JSON Resume file (checked against the schema) and writes a resume to JSON, PDF, DOCX. */
interface ResumeFiles {

  /**
   * Reads and checks a JSON Resume file.
   *
   * @return the resume, or the problems (each with its path in the document) and no resume
   * @throws IOException when the file can't be read at all
   */
  Imported read(Path file) throws IOException;

  /** Writes {@code resume} to {@code file} as the choice says; a failed write leaves no file. */
  void write(Resume resume, ExportChoice choice, Path file) throws IOException;

  /** The templates PDF and DOCX can use, the default first. */
  List<String> templates();

  /**
   * What a file held.
   *
   * @param resume the resume when the file is valid; null otherwise
   * @param problems why it is not, one per problem, each starting with its path; empty when valid
   */
  record Imported(Resume resume, List<String> problems) {}
}
