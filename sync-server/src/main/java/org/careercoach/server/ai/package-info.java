/**
 * The AI model provider (Anthropic's Claude): its settings ({@code ANTHROPIC_API_KEY}, {@code
 * CLAUDE_MODEL}, {@code ANTHROPIC_BASE_URL}), the client that asks the model for a JSON answer, and
 * the answer cache by content hash (table {@code ai_answers} for the server, a folder for the
 * {@code parse} command), so the same question is never paid for twice. Parsing uses it today;
 * coaching will.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): config: the data folder that
 * holds the command line's answers.
 */
@ApplicationModule(allowedDependencies = {"config"})
package org.careercoach.server.ai;

import org.springframework.modulith.ApplicationModule;
