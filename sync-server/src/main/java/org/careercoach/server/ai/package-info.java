/**
 * The AI model provider: Anthropic's Claude ({@code ANTHROPIC_API_KEY}, {@code CLAUDE_MODEL},
 * {@code ANTHROPIC_BASE_URL}) or an OpenAI-compatible endpoint ({@code COACH_AI_PROVIDER=openai},
 * {@code OPENAI_*}), each through its vendor's SDK behind {@link
 * org.careercoach.server.ai.ChatModel}; the parser's JSON client on top of it; the answer cache by
 * content hash (table {@code ai_answers} for the server, a folder for the {@code parse} command),
 * so the same question is never paid for twice; and {@link org.careercoach.server.ai.ModelUse}, by
 * which a feature declares what it sends, for people to see. Parsing and coaching use it.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): config: the data folder that
 * holds the command line's answers.
 */
@ApplicationModule(allowedDependencies = {"config"})
package org.careercoach.server.ai;

import org.springframework.modulith.ApplicationModule;
