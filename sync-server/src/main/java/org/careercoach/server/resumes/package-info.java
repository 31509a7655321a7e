/**
 * Uploaded resume files: type decided from the content, stored under generated keys, private to
 * their owner (another user's id answers 404), each with a parse job created in the same
 * transaction.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): storage: the files. jobs: a
 * parse job created in the upload's transaction. users: an account's deletion removes its files.
 * redis: the shared upload limits. ai: whether a model is configured, for the capabilities.
 *
 * <p>{@code GET /api/v1/capabilities} answers the rules an upload must pass from the settings this
 * feature applies (the multipart limit, the detected types, the hourly allowance read without
 * taking from it, the storage quota) and whether an AI model is configured. {@code POST
 * /api/v1/resumes/{id}/reparse} reads a PARSED or FAILED file again: the row goes back to QUEUED
 * and the jobs feature replaces the ended job with a new one, in one transaction (a resume keeps
 * one job, its latest parse); 409 {@code resume-busy} while it is QUEUED or PROCESSING, 429 past
 * {@code COACH_REPARSES_PER_HOUR} (a Redis bucket like the uploads'). The "parsed" email goes after
 * a file's first parse only ({@code first_parsed_at}).
 */
@ApplicationModule(allowedDependencies = {"config", "redis", "storage", "users", "jobs", "ai"})
package org.careercoach.server.resumes;

import org.springframework.modulith.ApplicationModule;
