package org.careercoach.server.users;

import java.util.UUID;

/**
 * Published inside the transaction that deletes an account, before its row goes, so that each
 * feature removes what the user owns (rows cascade; files and other stores need this).
 */
public record AccountDeleting(UUID userId) {}
