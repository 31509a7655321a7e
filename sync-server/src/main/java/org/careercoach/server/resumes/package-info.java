/**
 * Uploaded resume files: type decided from the content, stored under generated keys, private to
 * their owner (another user's id answers 404), each with a parse job created in the same
 * transaction.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): storage: the files. jobs: a
 * parse job created in the upload's transaction. users: an account's deletion removes its files.
 * redis: the shared upload limits.
 */
@ApplicationModule(allowedDependencies = {"config", "redis", "storage", "users", "jobs"})
package org.careercoach.server.resumes;

import org.springframework.modulith.ApplicationModule;
