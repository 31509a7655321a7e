/**
 * The first stage: a file's bytes (PDF, DOCX, TXT) into lines that keep their layout — segments
 * split at wide gaps, font size, weight, the column of a sidebar page — within the limits that keep
 * a hostile file from costing more than a real resume. Refuses with a {@link
 * org.careercoach.server.parsing.ParseFailure} of a specific kind; knows nothing of reading.
 */
package org.careercoach.server.parsing.extraction;
