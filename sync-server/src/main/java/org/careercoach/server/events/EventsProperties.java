package org.careercoach.server.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The event streams.
 *
 * @param keepAlive {@code COACH_EVENTS_KEEP_ALIVE}: how often each open stream gets a comment (so
 *     proxies keep it open) and its session is checked again; a stream of an ended session closes
 *     within this time even when the "session ended" message was lost
 * @param maxStreamsPerUser {@code COACH_EVENTS_MAX_STREAMS_PER_USER}: open streams one user may
 *     hold across all instances; opening one more closes the user's oldest
 */
@ConfigurationProperties("coach.events")
public record EventsProperties(
    @DefaultValue("15s") Duration keepAlive, @DefaultValue("5") int maxStreamsPerUser) {

  public EventsProperties {
    if (keepAlive.compareTo(Duration.ofSeconds(1)) < 0
        || keepAlive.compareTo(Duration.ofMinutes(5)) > 0) {
      throw new IllegalArgumentException("COACH_EVENTS_KEEP_ALIVE must be between 1s and 5m");
    }
    if (maxStreamsPerUser < 1 || maxStreamsPerUser > 1000) {
      throw new IllegalArgumentException(
          "COACH_EVENTS_MAX_STREAMS_PER_USER must be between 1 and 1000");
    }
  }
}
