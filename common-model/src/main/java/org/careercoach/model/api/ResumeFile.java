package org.careercoach.model.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded resume file: {@code contentType} is a MIME type, {@code size} in bytes, {@code
 * sha256} in hex; {@code error} says in words why parsing failed, when {@code status} is FAILED.
 */
public record ResumeFile(
    UUID id,
    String filename,
    String contentType,
    long size,
    String sha256,
    ResumeStatus status,
    Instant createdAt,
    String error) {}
