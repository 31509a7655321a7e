package org.careercoach.server.users;

import java.util.UUID;

/**
 * Published inside the transaction that gave the account a new password (a change, a reset, the
 * operator's configured password): links sent for the old one, such as a password reset, must end.
 */
public record PasswordChanged(UUID userId) {}
