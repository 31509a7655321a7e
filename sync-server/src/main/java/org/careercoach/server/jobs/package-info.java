/**
 * Parse jobs: one per uploaded resume, created in the upload's transaction. The job row is the
 * source of truth for its state; running jobs (the worker pool on Redis) arrives with its issue.
 */
package org.careercoach.server.jobs;
