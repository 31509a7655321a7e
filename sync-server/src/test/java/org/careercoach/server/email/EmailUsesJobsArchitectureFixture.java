package org.careercoach.server.email;

import org.careercoach.server.jobs.ParseJobs;

/**
 * A forbidden edge, only for {@code FeatureGraphTest}: email may never depend on jobs. Test sources
 * are outside the checked graph; the test adds this class to show the check catches it.
 */
class EmailUsesJobsArchitectureFixture {

  ParseJobs jobs;
}
