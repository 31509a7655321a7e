package org.careercoach.desktop.service.uploads;

import org.careercoach.model.api.ParseProvenance;
import org.careercoach.model.resume.Resume;

/**
 * A read file, for review.
 *
 * @param file the file
 * @param resume what the server read, without its provenance (so it can become a draft as is)
 * @param provenance where each field came from and how sure the parser is; empty fields and lines
 *     when the parser left none
 */
public record ParsedFile(ResumeFileItem file, Resume resume, ParseProvenance provenance) {}
