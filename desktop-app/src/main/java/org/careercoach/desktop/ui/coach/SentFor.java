package org.careercoach.desktop.ui.coach;

import java.time.LocalDate;

/**
 * Where a draft was sent for a matched job.
 *
 * @param company who it went to
 * @param role the role applied for
 * @param sentOn the day
 */
public record SentFor(String company, String role, LocalDate sentOn) {}
