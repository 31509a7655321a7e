package org.careercoach.server.parsing;

import java.util.Optional;
import org.careercoach.model.resume.Resume;

/**
 * Claude's answers kept by the hash of the model and the document's text, so a document is paid for
 * once: in a folder for the command line, in the database for the server (shared by every instance
 * and worker).
 */
public interface AnswerCache {

  Optional<Resume> get(String key);

  void put(String key, Resume resume);
}
