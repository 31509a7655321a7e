/**
 * The offline resume review: a scorecard of a draft from deterministic checks (contact details,
 * dates, highlights, numbers, opening verbs, repeated words, length, spelling), each finding with
 * its reason, its fix and the field it is about; and for an uploaded file, how well machines can
 * read it ({@link org.careercoach.desktop.service.review.FileReadability}). Pure: no toolkit, no
 * I/O beyond the misspellings list it ships with.
 *
 * <p>Measured on a labelled set of planted problems (the test's {@code PlantedProblems}), with the
 * dev resumes r011–r021 kept out of the loop the checks were written in.
 */
package org.careercoach.desktop.service.review;
