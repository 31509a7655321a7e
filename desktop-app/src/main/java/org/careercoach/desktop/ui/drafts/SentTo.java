package org.careercoach.desktop.ui.drafts;

import java.time.LocalDate;

/**
 * What the "Sent to" dialog asks: the company, the role and the day.
 *
 * @param company who the copy went to
 * @param role the role applied for
 * @param sentOn the day it was sent
 */
record SentTo(String company, String role, LocalDate sentOn) {}
