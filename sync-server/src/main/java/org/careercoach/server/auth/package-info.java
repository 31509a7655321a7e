/**
 * Signing in and staying signed in: JWT access tokens, rotating refresh tokens grouped in sessions,
 * email verification and password reset tokens, rate limits, and the security filter chain that
 * checks every request.
 */
package org.careercoach.server.auth;
