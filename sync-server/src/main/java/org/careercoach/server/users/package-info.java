/**
 * Accounts: who a user is, their password and roles, and {@code /me}. Sign-in, tokens and sessions
 * live in {@code auth}, which listens to this feature's events.
 */
package org.careercoach.server.users;
