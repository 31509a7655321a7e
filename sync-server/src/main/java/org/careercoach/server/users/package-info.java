/**
 * Accounts: who a user is, their password and roles, and {@code /me}. Sign-in, tokens and sessions
 * live in {@code auth}, which listens to this feature's events.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): config: the current user and the
 * error answers. Other features learn of account changes from this feature's events
 * (AccountDeleting, PasswordChanged, ...), so users depends on none of them.
 */
@ApplicationModule(allowedDependencies = {"config"})
package org.careercoach.server.users;

import org.springframework.modulith.ApplicationModule;
