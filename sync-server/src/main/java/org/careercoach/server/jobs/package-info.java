/**
 * Parse jobs: one per uploaded resume, created in the upload's transaction. The job row in
 * PostgreSQL is the source of truth for its state; a Redis stream with a consumer group carries the
 * work to a pool of workers in every server and worker process. The dispatcher puts due jobs on the
 * stream, workers claim them in the database (so a second delivery does nothing), the reconciler
 * repairs what Redis lost, and every state change is published for the owner's event stream.
 */
package org.careercoach.server.jobs;
