/**
 * The learned part of the reader: each line of a document gets a role (a heading of some section, a
 * name, a contact line, an entry's employer or title, dates, a bullet, …) from a small multinomial
 * logistic regression over the line's layout, its words and its neighbours. Training data comes
 * from a generated corpus whose truth is known ({@link
 * org.careercoach.server.parsing.learning.LineLabeller}); the same {@link
 * org.careercoach.server.parsing.learning.LineFeatures} serve training and reading. Depends on the
 * text vocabulary only: the heuristic reader asks it, the commands train it.
 */
package org.careercoach.server.parsing.learning;
