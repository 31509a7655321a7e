package org.careercoach.desktop.service.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A frozen copy of a draft as sent to a company: one line of the application log.
 *
 * @param id the copy, for {@link DraftStore#sentResume}
 * @param draftId the draft it was taken from (which may since be gone)
 * @param draftTitle the draft's title when sent
 * @param company who it was sent to
 * @param role the role applied for
 * @param sentOn the day it was sent
 * @param recordedAt when it was recorded
 * @param job the job ad it answered, as pasted or imported; empty when none was kept
 */
public record SentCopy(
    long id,
    UUID draftId,
    String draftTitle,
    String company,
    String role,
    LocalDate sentOn,
    Instant recordedAt,
    String job) {}
