/**
 * Server-Sent Events for the signed-in user at {@code /api/v1/events}. Events are published over
 * Redis publish/subscribe so that whichever instance a user is connected to sees changes made by
 * any other instance or worker; each carries an order key and revision so a connection never shows
 * a state older than one it already showed.
 */
package org.careercoach.server.events;
