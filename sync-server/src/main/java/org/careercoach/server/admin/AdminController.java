package org.careercoach.server.admin;

import java.util.UUID;
import org.careercoach.model.api.Page;
import org.careercoach.model.api.ParseJob;
import org.careercoach.server.config.Paging;
import org.careercoach.server.drafts.DraftService;
import org.careercoach.server.email.EmailOutbox;
import org.careercoach.server.email.StoredEmail;
import org.careercoach.server.jobs.ParseJobs;
import org.careercoach.server.users.User;
import org.careercoach.server.users.UserService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin")
class AdminController {

  static final int MAX_PAGE_SIZE = 200;

  private final UserService users;
  private final EmailOutbox emails;
  private final ParseJobs jobs;
  private final DraftService drafts;

  AdminController(UserService users, EmailOutbox emails, ParseJobs jobs, DraftService drafts) {
    this.users = users;
    this.emails = emails;
    this.jobs = jobs;
    this.drafts = drafts;
  }

  @GetMapping("/users")
  Page<User> users(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    Paging.check(page, size, MAX_PAGE_SIZE);
    return users.list(page, size);
  }

  /** One account and how many drafts it keeps (a count: an operator never sees their content). */
  @GetMapping("/users/{id}")
  UserDetails user(@PathVariable UUID id) {
    return UserDetails.of(users.require(id), drafts.liveDrafts(id));
  }

  /** Disables the account; its sessions and access tokens stop working at once. */
  @PostMapping("/users/{id}/disable")
  ResponseEntity<Void> disable(@PathVariable UUID id) {
    users.setDisabled(id, true);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/users/{id}/enable")
  ResponseEntity<Void> enable(@PathVariable UUID id) {
    users.setDisabled(id, false);
    return ResponseEntity.noContent().build();
  }

  /**
   * Every message in the outbox, newest first. Links show their token only in captured mail (no
   * SendGrid: this is where a local user reads it) while the token works; otherwise masked.
   */
  @GetMapping("/emails")
  Page<StoredEmail> emails(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Paging.check(page, size, MAX_PAGE_SIZE);
    return emails.list(status, page, size);
  }

  /** Sends a FAILED email again, once the operator fixed what its reason named. */
  @PostMapping("/emails/{id}/resend")
  ResponseEntity<Void> resend(@PathVariable UUID id) {
    emails.resend(id);
    return ResponseEntity.accepted().build();
  }

  /** Parse jobs by state, newest change first; {@code ?status=DEAD} lists the dead letters. */
  @GetMapping("/jobs")
  Page<ParseJob> jobs(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Paging.check(page, size, MAX_PAGE_SIZE);
    return jobs.list(status, page, size);
  }

  /** Runs a dead (or failed) job again with a fresh set of attempts. */
  @PostMapping("/jobs/{id}/retry")
  ResponseEntity<Void> retry(@PathVariable UUID id) {
    jobs.retry(id);
    return ResponseEntity.accepted().build();
  }
}
