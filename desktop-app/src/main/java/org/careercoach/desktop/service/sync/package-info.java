/**
 * The sync engine: pushes the store's outbox to the server and pulls other devices' changes, so the
 * signed-in account's drafts are the same everywhere and no edit is ever lost (ADR 0019). A
 * service, not a view model: screens see it through {@link
 * org.careercoach.desktop.service.sync.DraftSync}.
 */
package org.careercoach.desktop.service.sync;
