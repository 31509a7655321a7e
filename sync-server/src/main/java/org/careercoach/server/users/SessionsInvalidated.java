package org.careercoach.server.users;

import java.util.UUID;

/**
 * Published inside the transaction that changed a user's credentials or standing: every session of
 * the user must end at once, except {@code keepSessionId} when it is set (the session that changed
 * its own password).
 */
public record SessionsInvalidated(UUID userId, UUID keepSessionId, String reason) {}
