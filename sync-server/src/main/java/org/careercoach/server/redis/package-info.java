/**
 * Redis, which carries the parse jobs, their progress events and the shared rate limits: the
 * connections (which survive Redis being down at start and reconnect when it comes back), the
 * embedded server used when no {@code REDIS_HOST} is configured, and its health.
 */
package org.careercoach.server.redis;
