package org.careercoach.server.auth;

import java.util.UUID;

/**
 * Who is signed in to the admin console: the principal of a console request, read by the pages to
 * say who acts (the audit log) and which session is the operator's own.
 */
public record ConsoleAccount(UUID userId, UUID sessionId, String email, String name) {}
