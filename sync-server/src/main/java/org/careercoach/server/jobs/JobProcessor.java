package org.careercoach.server.jobs;

import java.util.UUID;
import org.careercoach.model.resume.Resume;

/**
 * What a job does with its resume: the parser, in production. A {@link
 * org.careercoach.server.parsing.ParseFailure} means the document cannot be read (a final answer);
 * any other exception is a failure worth another attempt.
 */
public interface JobProcessor {

  /** The resume to process: its stored file and the name the owner gave it. */
  record Upload(UUID resumeId, String storageKey, String filename) {}

  Resume process(Upload upload);
}
