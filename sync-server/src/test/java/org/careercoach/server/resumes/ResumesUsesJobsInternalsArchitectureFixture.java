package org.careercoach.server.resumes;

import org.careercoach.server.jobs.internal.JobsInternalsArchitectureFixture;

/**
 * Only for {@code FeatureGraphTest}: resumes may use jobs, but only its public face, never a class
 * of its {@code internal} package.
 */
class ResumesUsesJobsInternalsArchitectureFixture {

  JobsInternalsArchitectureFixture internals;
}
