package org.careercoach.server.resumes;

import java.time.Instant;
import java.util.UUID;

/**
 * A resume has been parsed for the first time and its result stored (a file read again is not
 * announced: its owner asked for it and watches it). Published inside the transaction that stores
 * it, so a listener's work (the "parsed" email in the outbox) commits or rolls back with it. It
 * names its owner's address and name, so the email feature needs no other feature to write to them.
 */
public record ResumeParsed(
    UUID resumeId,
    UUID ownerId,
    String ownerEmail,
    String ownerName,
    String filename,
    Instant uploadedAt) {}
