/**
 * Drafts synced between a user's devices (ADR 0019): versions on the server, optimistic concurrency
 * with If-Match (a stale write is 409 with the server's copy), each user's changes in commit order
 * behind a cursor that names this database's data epoch and a logged change (else 410), and
 * Idempotency-Keys that make retries apply once.
 *
 * <p>On the wire: PUT creates (201) or updates (200) and answers the stored {@code Draft} with
 * {@code ETag: "<version>"}; DELETE (If-Match required, else 428) answers the tombstone (200); a
 * stale write is 409 problem+json of type {@code draft-conflict} with the server's copy under
 * {@code draft} and its version as the ETag; over the per-user limit is 403 {@code draft-limit}.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): config: the current user and
 * problems. events: {@code event: draft} to the user's streams on every instance. auth: the device
 * name of the session that wrote. Account deletion needs nothing here: every table cascades from
 * users.
 */
@ApplicationModule(allowedDependencies = {"config", "events", "auth"})
package org.careercoach.server.drafts;

import org.springframework.modulith.ApplicationModule;
