/**
 * The signed-in user's Server-Sent Events ({@code GET /api/v1/events}) on the session's
 * authenticated client, kept open with growing pauses between attempts: {@code event: draft} for
 * the sync engine, {@code event: job} for the parse jobs to come. Plain Java, no screens.
 */
package org.careercoach.desktop.service.events;
