package org.careercoach.server.ai;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A model that writes a reply as a stream of text, through the configured provider's own SDK
 * (Anthropic's Messages API, or any OpenAI-compatible endpoint). The SDKs retry 429 (rate limited),
 * 529 (overloaded) and 5xx answers with backoff before a reply starts; a stream cut after it
 * started is not retried (its text was already handed out) but reported.
 */
public interface ChatModel {

  /** Which provider and model, as the settings and the cache key name them. */
  String name();

  /**
   * Writes a reply to {@code prompt}, handing each piece of text to {@code onText} as it arrives.
   *
   * @param stopped polled between pieces: true ends the reply at once (the person pressed Stop or
   *     went away), and what was written so far is returned
   * @throws ModelException when the provider refused or the stream broke
   */
  Reply write(Prompt prompt, Consumer<String> onText, BooleanSupplier stopped);

  /** What is sent: instructions and the person's material. */
  record Prompt(String system, String user, int maxTokens) {}

  /**
   * How a reply ended.
   *
   * @param text all of it
   * @param inputTokens what the provider counted for the prompt (0 when it did not say)
   * @param outputTokens what it counted for the reply
   * @param complete false when it was stopped or cut at its token limit
   */
  record Reply(String text, long inputTokens, long outputTokens, boolean complete) {}
}
