package org.careercoach.server.coaching;

/**
 * A request for a reply.
 *
 * @param task what is asked
 * @param material the person's text the task works on, as the app shows it to them before sending
 */
public record CoachingRequest(CoachingTask task, String material) {

  /** A request longer than this is refused before anything is sent: 60,000 characters. */
  static final int MAX_MATERIAL = 60_000;
}
