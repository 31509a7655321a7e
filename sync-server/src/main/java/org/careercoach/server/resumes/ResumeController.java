package org.careercoach.server.resumes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.careercoach.model.api.Page;
import org.careercoach.model.api.ResumeFile;
import org.careercoach.server.config.ApiProblem;
import org.careercoach.server.config.CurrentUser;
import org.careercoach.server.config.Paging;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

@RestController
@RequestMapping("/api/v1/resumes")
class ResumeController {

  static final int MAX_PAGE_SIZE = 100;

  private final ResumeService resumes;

  ResumeController(ResumeService resumes) {
    this.resumes = resumes;
  }

  /** 201 with the new resume; 200 with the existing one when the owner uploaded this before. */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ResumeFile> upload(
      @AuthenticationPrincipal Jwt jwt, MultipartHttpServletRequest request) {
    List<MultipartFile> files = request.getFiles("file");
    if (files.isEmpty()) {
      throw ApiProblem.invalid("file", "is missing: send the resume as the multipart field 'file'");
    }
    if (files.size() > 1) {
      throw ApiProblem.invalid("file", "appears more than once: upload one resume per request");
    }
    ResumeService.Upload upload = resumes.upload(CurrentUser.of(jwt).userId(), files.get(0));
    return ResponseEntity.status(upload.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(upload.resume());
  }

  @GetMapping
  Page<ResumeFile> list(
      @AuthenticationPrincipal Jwt jwt,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size, MAX_PAGE_SIZE);
    return resumes.list(CurrentUser.of(jwt).userId(), page, size);
  }

  @GetMapping("/{id}")
  ResumeFile get(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
    return resumes.get(CurrentUser.of(jwt).userId(), id);
  }

  /** A short-lived presigned URL (S3) or the bytes themselves (the local store). */
  @GetMapping("/{id}/content")
  ResponseEntity<?> content(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
    ResumeService.Download download = resumes.download(CurrentUser.of(jwt).userId(), id);
    if (download.redirect().isPresent()) {
      return ResponseEntity.status(HttpStatus.FOUND)
          .location(download.redirect().get())
          .header(HttpHeaders.CACHE_CONTROL, "no-store")
          .build();
    }
    InputStream bytes = resumes.open(download.storageKey());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(download.resume().contentType()))
        .contentLength(download.resume().size())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(download.resume().filename(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(new InputStreamResource(bytes));
  }

  @GetMapping(value = "/{id}/parsed", produces = MediaType.APPLICATION_JSON_VALUE)
  String parsed(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
    return resumes.parsed(CurrentUser.of(jwt).userId(), id);
  }

  /** 202: the file goes back to QUEUED and is parsed again; its job's events follow on /events. */
  @PostMapping("/{id}/reparse")
  @Operation(
      summary = "Read a resume file again with today's parser",
      description =
          "The resume goes back to QUEUED (its error and parsed form cleared) and a new parse job"
              + " is queued; its progress arrives as `job` events on /api/v1/events. The \"parsed\""
              + " email is sent only after a file's first parse. Limited per account and hour"
              + " (COACH_REPARSES_PER_HOUR).")
  @ApiResponse(responseCode = "202", description = "queued again; the resume as it is now")
  @ApiResponse(
      responseCode = "404",
      description = "no such resume of this user",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "409",
      description = "resume-busy: it is waiting or being read",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "429",
      description = "rate-limited: the hour's allowance is used; see Retry-After",
      content = @Content(mediaType = "application/problem+json"))
  ResponseEntity<ResumeFile> reparse(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
    return ResponseEntity.accepted().body(resumes.reparse(CurrentUser.of(jwt).userId(), id));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
    resumes.delete(CurrentUser.of(jwt).userId(), id);
    return ResponseEntity.noContent().build();
  }
}
