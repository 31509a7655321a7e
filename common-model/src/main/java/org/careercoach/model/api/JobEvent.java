package org.careercoach.model.api;

import java.time.Instant;
import java.util.UUID;

/** A parse job's state change, as GET /events streams it to the resume's owner. */
public record JobEvent(
    UUID jobId, UUID resumeId, JobStatus status, int attempt, String error, Instant at) {}
