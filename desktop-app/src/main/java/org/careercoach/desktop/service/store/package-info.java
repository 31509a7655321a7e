/**
 * The local store: each profile's drafts, their history, the application log and the outbox of
 * changes to sync, in one SQLite file per profile under {@code COACH_DATA_DIR}. Profiles are the
 * local profile (no account) and one per account, keyed by the server and the user's id, never the
 * email. This package owns every table of those files; screens reach them only through {@link
 * org.careercoach.desktop.service.store.DraftStore}, the sync engine through {@link
 * org.careercoach.desktop.service.store.SyncReplica} (base versions, the request in flight, the
 * cursor, refusals and conflicts: schema 3).
 */
package org.careercoach.desktop.service.store;
