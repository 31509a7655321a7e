package org.careercoach.server.jobs;

import java.util.UUID;

/**
 * What a parse job's change means for its resume: published inside the transaction that changes the
 * job, so the resumes feature (which owns the {@code resumes} rows) updates its row in the same
 * transaction, and a listener that fails rolls the job's change back with it.
 *
 * @param status the resume's status: {@code QUEUED}, {@code PROCESSING}, {@code PARSED} or {@code
 *     FAILED}
 * @param error the words the owner reads for a failure, else null
 * @param parsedJson the parsed resume when {@code status} is {@code PARSED}, else null
 */
public record ResumeJobChanged(UUID resumeId, String status, String error, String parsedJson) {}
