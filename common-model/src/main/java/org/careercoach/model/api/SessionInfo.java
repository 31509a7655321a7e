package org.careercoach.model.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One of the signed-in user's sessions, as GET /me/sessions lists them. {@code device} is the name
 * the client gave at sign-in (null if none); {@code current} marks the session of the access token
 * that asked.
 */
public record SessionInfo(
    UUID id, String device, Instant createdAt, Instant lastUsedAt, boolean current) {}
