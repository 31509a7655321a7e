package org.careercoach.server.users;

import java.util.UUID;

/**
 * Published inside the transaction that disabled the account: every link sent to it (password
 * reset, email verification) must end, so nothing outstanding works if it is enabled again.
 */
public record AccountDisabled(UUID userId) {}
