/**
 * Parse jobs: one per uploaded resume, created in the upload's transaction. The job row in
 * PostgreSQL is the source of truth for its state; a Redis stream with a consumer group carries the
 * work to a pool of workers in every server and worker process. The dispatcher puts due jobs on the
 * stream, workers claim them in the database (so a second delivery does nothing), the reconciler
 * repairs what Redis lost, and every state change is published for the owner's event stream.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): redis: the stream and shared
 * limits. storage: the file to parse. parsing: the parser. ai: the model the parser may use, with
 * its answer cache. events: progress for the owner's stream. Never resumes (resumes uses jobs): the
 * resume's new state goes to the resumes feature, which owns the rows, as a {@code
 * ResumeJobChanged} event handled in the job's transaction.
 */
@ApplicationModule(allowedDependencies = {"config", "redis", "storage", "parsing", "ai", "events"})
package org.careercoach.server.jobs;

import org.springframework.modulith.ApplicationModule;
