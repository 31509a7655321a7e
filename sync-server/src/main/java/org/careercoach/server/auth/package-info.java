/**
 * Signing in and staying signed in: JWT access tokens, rotating refresh tokens grouped in sessions,
 * email verification and password reset tokens, rate limits, and the security filter chain that
 * checks every request.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): users: who signs in, and their
 * account events end sessions. email: verification and reset mails. events: an ended session closes
 * its event streams (ADR 0012). redis: shared limits.
 */
@ApplicationModule(allowedDependencies = {"config", "redis", "users", "email", "events"})
package org.careercoach.server.auth;

import org.springframework.modulith.ApplicationModule;
