/**
 * Turning a resume file (PDF, DOCX, TXT) into a JSON Resume: extraction into lines that keep their
 * layout (segments separated by wide gaps, font size, weight), then a deterministic heuristic
 * parser that finds sections, contact details, jobs, studies and skills.
 */
package org.careercoach.server.parsing;
