package org.careercoach.server.jobs.internal;

/**
 * An {@code internal} class of jobs, only for {@code FeatureGraphTest}: public for Java's sake, yet
 * no other feature may use it.
 */
public class JobsInternalsArchitectureFixture {}
