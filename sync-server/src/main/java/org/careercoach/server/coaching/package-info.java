/**
 * Coaching replies written by the model the operator configured: rewrite proposals, interview
 * questions and feedback on a typed answer, streamed to the app as Server-Sent Events at {@code
 * POST /api/v1/coach/replies}. Every reply is cached by the hash of what was asked (the same
 * question is paid for once); each person has a daily budget of tokens ({@code ai_usage}, owned
 * here). {@code GET /api/v1/coach/prompts} shows exactly what is sent with the person's material,
 * so the app's settings can show it.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): config: the current user and
 * problems. ai: the chat model and the answer cache.
 */
@ApplicationModule(allowedDependencies = {"config", "ai"})
package org.careercoach.server.coaching;

import org.springframework.modulith.ApplicationModule;
