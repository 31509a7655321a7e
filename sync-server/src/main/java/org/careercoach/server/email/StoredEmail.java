package org.careercoach.server.email;

import java.time.Instant;
import java.util.UUID;

/**
 * An outbox row as admins read it through {@code GET /api/v1/admin/emails}: what was sent to whom,
 * its state ({@code CAPTURED}, {@code PENDING}, {@code SENDING}, {@code SENT}, {@code FAILED}), and
 * for failures the reason in words. The token in a link is masked ({@code ********}) except in a
 * CAPTURED message whose token still works.
 */
public record StoredEmail(
    UUID id,
    UUID userId,
    String kind,
    String to,
    String subject,
    String status,
    int attempts,
    String lastError,
    String textBody,
    String htmlBody,
    Instant createdAt,
    Instant sentAt) {}
