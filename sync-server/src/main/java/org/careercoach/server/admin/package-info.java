/**
 * The operator's API under {@code /api/v1/admin}: ADMIN role only (see SecurityConfiguration).
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): the operator's console reads the
 * features it shows: accounts, the outbox, the job queue, the number of drafts an account keeps.
 */
@ApplicationModule(allowedDependencies = {"config", "users", "email", "jobs", "drafts"})
package org.careercoach.server.admin;

import org.springframework.modulith.ApplicationModule;
