package org.careercoach.model.api;

import java.time.Instant;
import org.careercoach.model.resume.Resume;

/**
 * PUT /drafts/{id}: what the client writes; the server answers with the stored {@link Draft}.
 *
 * @param title its name, required, at most 200 characters
 * @param resume a JSON Resume valid against the shipped schema, required
 * @param trashedAt when it was moved to the Trash, or null: trashing and restoring are updates
 */
public record DraftContent(String title, Resume resume, Instant trashedAt) {}
