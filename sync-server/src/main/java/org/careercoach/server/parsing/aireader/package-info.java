/**
 * The AI reader: the extracted text sent to the model of the {@code ai} feature, whose answer is
 * repaired where it can be (dates) and accepted only as a valid JSON Resume. Any trouble yields
 * nothing, and the parser keeps the heuristic reading.
 */
package org.careercoach.server.parsing.aireader;
