/**
 * Server-Sent Events for the signed-in user at {@code /api/v1/events}. Events are published over
 * Redis publish/subscribe so that whichever instance a user is connected to sees changes made by
 * any other instance or worker; each carries an order key and revision so a connection never shows
 * a state older than one it already showed.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): config: the current user. redis:
 * publish/subscribe between instances. Sessions are checked through SessionCheck, which auth
 * implements, so events never depends on auth.
 */
@ApplicationModule(allowedDependencies = {"config", "redis"})
package org.careercoach.server.events;

import org.springframework.modulith.ApplicationModule;
