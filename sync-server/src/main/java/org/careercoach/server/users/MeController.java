package org.careercoach.server.users;

import org.careercoach.model.api.AccountDeletion;
import org.careercoach.model.api.PasswordChange;
import org.careercoach.model.api.ProfileUpdate;
import org.careercoach.model.api.UserProfile;
import org.careercoach.server.config.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account. */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

  private final UserService users;

  MeController(UserService users) {
    this.users = users;
  }

  @GetMapping
  UserProfile me(@AuthenticationPrincipal Jwt jwt) {
    return users.require(CurrentUser.of(jwt).userId()).profile();
  }

  @PatchMapping
  UserProfile rename(@AuthenticationPrincipal Jwt jwt, @RequestBody ProfileUpdate body) {
    return users.rename(CurrentUser.of(jwt).userId(), body.name()).profile();
  }

  @DeleteMapping
  ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt jwt, @RequestBody AccountDeletion body) {
    users.delete(CurrentUser.of(jwt).userId(), body.password());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/password")
  ResponseEntity<Void> changePassword(
      @AuthenticationPrincipal Jwt jwt, @RequestBody PasswordChange body) {
    CurrentUser me = CurrentUser.of(jwt);
    users.changePassword(me.userId(), body.currentPassword(), body.newPassword(), me.sessionId());
    return ResponseEntity.noContent().build();
  }
}
