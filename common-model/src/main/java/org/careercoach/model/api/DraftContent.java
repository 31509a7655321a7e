package org.careercoach.model.api;

import org.careercoach.model.resume.Resume;

/** PUT /drafts/{id}: what the client writes; the server answers with the stored {@link Draft}. */
public record DraftContent(String title, Resume resume) {}
