/**
 * The text of a resume as every stage of the parser sees it: its lines ({@link
 * org.careercoach.server.parsing.text.Line}), recognisers of what words mean (date ranges, contact
 * details, bullets, job titles, institutions, degrees and places), and the provenance that ties a
 * parsed field to the lines it came from. Depends on no stage.
 */
package org.careercoach.server.parsing.text;
