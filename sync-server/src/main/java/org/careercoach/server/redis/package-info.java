/**
 * Redis, which carries the parse jobs, their progress events and the shared rate limits: the
 * connections (which survive Redis being down at start and reconnect when it comes back), the
 * embedded server used when no {@code REDIS_HOST} is configured, and its health.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): config: the embedded server's
 * data folder and owner-only files.
 */
@ApplicationModule(allowedDependencies = {"config"})
package org.careercoach.server.redis;

import org.springframework.modulith.ApplicationModule;
