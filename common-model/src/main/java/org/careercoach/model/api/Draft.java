package org.careercoach.model.api;

import java.time.Instant;
import java.util.UUID;
import org.careercoach.model.resume.Resume;

/**
 * A resume being drafted, as the server stores it (ADR 0019). A deleted draft is a tombstone:
 * {@code deleted} set, {@code title} empty and no {@code resume}; it keeps its id and version so
 * that a device that edited it unaware can still write over it (an edit wins over a delete it has
 * not seen).
 *
 * @param id made by the client that created it, a UUID
 * @param title its name
 * @param resume its content; null in a tombstone
 * @param version set by the server, one higher with each stored change; sent back in If-Match
 * @param updatedAt when the server stored this version (the server's clock, never a device's)
 * @param trashedAt when it was moved to the Trash; null when it is not there
 * @param deleted a tombstone: deleted for good
 * @param device the name of the device that stored this version, as its session names it
 */
public record Draft(
    UUID id,
    String title,
    Resume resume,
    long version,
    Instant updatedAt,
    Instant trashedAt,
    boolean deleted,
    String device) {}
