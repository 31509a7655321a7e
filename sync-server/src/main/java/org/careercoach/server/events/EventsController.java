package org.careercoach.server.events;

import org.careercoach.server.config.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/v1/events}: the signed-in user's events, as Server-Sent Events, for as long as
 * the session lasts. A stream closed by the server ends with {@code event: closed} and a reason:
 * {@code session-ended} (sign in again) or {@code stream-limit} (newer streams took its place; do
 * not reconnect in a loop).
 */
@RestController
@RequestMapping("/api/v1/events")
class EventsController {

  private final EventStreams streams;

  EventsController(EventStreams streams) {
    this.streams = streams;
  }

  @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter events(@AuthenticationPrincipal Jwt jwt) {
    CurrentUser me = CurrentUser.of(jwt);
    return streams.open(me.userId(), me.sessionId());
  }
}
