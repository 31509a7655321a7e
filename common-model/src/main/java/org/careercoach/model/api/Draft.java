package org.careercoach.model.api;

import java.time.Instant;
import java.util.UUID;
import org.careercoach.model.resume.Resume;

/**
 * A resume being drafted, as the server stores it. A deleted draft is a tombstone: {@code deleted}
 * set and no content.
 */
public record Draft(
    UUID id, String title, Resume resume, long version, Instant updatedAt, boolean deleted) {}
