package org.careercoach.model.api;

import java.util.UUID;

/**
 * The data of {@code event: draft} on /events: one of the user's drafts was stored at this version
 * (by any device, on any server instance). A client that has not seen that version pulls.
 */
public record DraftChanged(UUID id, long version) {}
