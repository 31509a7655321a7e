package org.careercoach.model.api;

import java.time.Instant;
import java.util.UUID;

/** A job that parses one uploaded resume; {@code attempts} counts the runs started so far. */
public record ParseJob(
    UUID id,
    UUID resumeId,
    JobStatus status,
    int attempts,
    int maxAttempts,
    String lastError,
    Instant createdAt,
    Instant updatedAt,
    Instant nextAttemptAt) {}
