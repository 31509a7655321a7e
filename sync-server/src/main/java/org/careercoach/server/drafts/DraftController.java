package org.careercoach.server.drafts;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.careercoach.model.api.DraftChanges;
import org.careercoach.model.api.DraftContent;
import org.careercoach.server.auth.SessionDevices;
import org.careercoach.server.config.ApiProblem;
import org.careercoach.server.config.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Draft sync (ADR 0019): PUT and DELETE with If-Match and Idempotency-Key; GET of changes. */
@RestController
@RequestMapping("/api/v1/drafts")
class DraftController {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 500;
  static final int MAX_KEY_LENGTH = 200;

  private final DraftService drafts;
  private final SessionDevices devices;
  private final DraftsProperties properties;

  DraftController(DraftService drafts, SessionDevices devices, DraftsProperties properties) {
    this.drafts = drafts;
    this.devices = devices;
    this.properties = properties;
  }

  /** The body ({@link DraftContent}) is read here, not bound, so at most the limit is read. */
  @PutMapping("/{id}")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = DraftContent.class)))
  ResponseEntity<String> put(
      @AuthenticationPrincipal Jwt jwt,
      @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestHeader(value = "Idempotency-Key", required = false) String key,
      HttpServletRequest request) {
    byte[] body;
    try {
      body =
          DraftBodies.read(
              request.getInputStream(),
              request.getContentLengthLong(),
              properties.maxBody().toBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open a draft's body", e);
    }
    Long version = ifMatch == null ? null : version(ifMatch);
    DraftContent content = DraftBodies.parse(body);
    return write(jwt, "PUT", id, ifMatch, version, content, key, body);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<String> delete(
      @AuthenticationPrincipal Jwt jwt,
      @PathVariable UUID id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestHeader(value = "Idempotency-Key", required = false) String key) {
    if (ifMatch == null) {
      throw new ApiProblem(
          HttpStatus.PRECONDITION_REQUIRED,
          "precondition-required",
          "If-Match required",
          "Say which version you delete: If-Match: \"<version>\". A delete never wins over an"
              + " edit it has not seen.");
    }
    return write(jwt, "DELETE", id, ifMatch, version(ifMatch), null, key, new byte[0]);
  }

  @GetMapping
  DraftChanges changes(
      @AuthenticationPrincipal Jwt jwt,
      @RequestParam(required = false) String since,
      @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiProblem.invalid("limit", "must be from 1 to " + MAX_LIMIT);
    }
    return drafts.changes(CurrentUser.of(jwt).userId(), since, limit);
  }

  private ResponseEntity<String> write(
      Jwt jwt,
      String method,
      UUID id,
      String ifMatch,
      Long version,
      DraftContent content,
      String key,
      byte[] body) {
    checkKey(key);
    CurrentUser user = CurrentUser.of(jwt);
    String path = "/api/v1/drafts/" + id;
    DraftService.Write write =
        new DraftService.Write(
            method,
            path,
            id,
            version,
            content,
            key,
            key == null ? null : DraftService.hash(method, path, ifMatch, body));
    String device = devices.nameOf(user.sessionId()).orElse(null);
    DraftAnswer answer = drafts.write(user.userId(), device, write);
    ResponseEntity.BodyBuilder response =
        ResponseEntity.status(answer.status())
            .contentType(
                answer.isProblem()
                    ? MediaType.APPLICATION_PROBLEM_JSON
                    : MediaType.APPLICATION_JSON);
    if (answer.etag() != null) {
      response.eTag(answer.etag());
    }
    return response.body(answer.body());
  }

  /** {@code "7"} or a bare {@code 7}; anything else is 400. */
  static long version(String ifMatch) {
    String value = ifMatch.strip();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    try {
      long version = Long.parseLong(value);
      if (version >= 1) {
        return version;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiProblem.invalid(
        "If-Match", "must be the draft's version, as its ETag gave it: \"7\" (or 7)");
  }

  private static void checkKey(String key) {
    if (key == null) {
      return;
    }
    if (key.isEmpty()
        || key.length() > MAX_KEY_LENGTH
        || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw ApiProblem.invalid(
          "Idempotency-Key",
          "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters, such as a UUID");
    }
  }
}
