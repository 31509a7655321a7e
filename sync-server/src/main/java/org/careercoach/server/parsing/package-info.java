/**
 * Turning a resume file (PDF, DOCX, TXT) into a JSON Resume: extraction into lines that keep their
 * layout (segments separated by wide gaps, font size, weight), then a deterministic heuristic
 * parser that finds sections, contact details, jobs, studies and skills.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): only ai: the model that reads a
 * resume first when one is configured (its client and answer cache).
 */
@ApplicationModule(allowedDependencies = {"ai"})
package org.careercoach.server.parsing;

import org.springframework.modulith.ApplicationModule;
