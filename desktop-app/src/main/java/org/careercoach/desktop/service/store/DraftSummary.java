package org.careercoach.desktop.service.store;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the drafts list: enough to show and sort it without reading the resume.
 *
 * @param id the draft
 * @param title its name
 * @param headline who and what it is about (the resume's name and label), possibly empty
 * @param updatedAt when it last changed
 * @param trashedAt when it went to the Trash; null when it is not there
 */
public record DraftSummary(
    UUID id, String title, String headline, Instant updatedAt, Instant trashedAt) {}
