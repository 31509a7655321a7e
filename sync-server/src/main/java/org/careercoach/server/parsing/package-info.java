/**
 * Turning a resume file (PDF, DOCX, TXT) into a JSON Resume: extraction into lines that keep their
 * layout (segments separated by wide gaps, font size, weight), then a deterministic heuristic
 * parser that finds sections, contact details, jobs, studies and skills.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): only config, and only as a known
 * exception: ParseCommand reads the data folder for the AI answer cache. TODO(issue 14, point 8):
 * the answer cache moves to the `ai` feature, which becomes this feature's only dependency.
 */
@ApplicationModule(allowedDependencies = {"config"})
package org.careercoach.server.parsing;

import org.springframework.modulith.ApplicationModule;
