package org.careercoach.server.auth;

import java.util.List;
import java.util.UUID;
import org.careercoach.model.api.SessionInfo;
import org.careercoach.server.config.ApiProblem;
import org.careercoach.server.config.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's sessions, one per device signed in: listed with their device and last use,
 * and ended one by one (a lost laptop). Here rather than in the users feature because sessions are
 * this feature's, and users must not depend on auth.
 */
@RestController
@RequestMapping("/api/v1/me/sessions")
class MySessionsController {

  private static final Logger security = LoggerFactory.getLogger("security");

  private final Sessions sessions;

  MySessionsController(Sessions sessions) {
    this.sessions = sessions;
  }

  @GetMapping
  List<SessionInfo> list(@AuthenticationPrincipal Jwt jwt) {
    CurrentUser me = CurrentUser.of(jwt);
    return sessions.active(me.userId(), me.sessionId());
  }

  /** 204 for one's own session (the current one too, already ended or not); 404 for any other. */
  @DeleteMapping("/{id}")
  ResponseEntity<Void> end(@AuthenticationPrincipal Jwt jwt, @PathVariable("id") String id) {
    CurrentUser me = CurrentUser.of(jwt);
    UUID sessionId = parse(id);
    if (!sessions.belongsTo(sessionId, me.userId())) {
      throw new ApiProblem(
          HttpStatus.NOT_FOUND, "session-not-found", "Session not found", "No such session.");
    }
    if (sessions.revoke(sessionId, "ended from the session list")) {
      security.info("event=session_ended user={} session={}", me.userId(), sessionId);
    }
    return ResponseEntity.noContent().build();
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalid("id", "is not a session id");
    }
  }
}
