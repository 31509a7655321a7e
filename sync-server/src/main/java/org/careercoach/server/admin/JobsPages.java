package org.careercoach.server.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.model.api.JobStatus;
import org.careercoach.model.api.Page;
import org.careercoach.server.config.ApiProblem;
import org.careercoach.server.config.Paging;
import org.careercoach.server.jobs.JobConsole;
import org.careercoach.server.users.User;
import org.careercoach.server.users.UserService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The jobs: filtered and paged, one job's attempts, retry, discard, pause and resume the queue. */
@ConsolePage
@Controller
class JobsPages {

  static final int PAGE_SIZE = 50;

  private final JobConsole jobs;
  private final UserService users;
  private final ConsoleActions actions;

  JobsPages(JobConsole jobs, UserService users, ConsoleActions actions) {
    this.jobs = jobs;
    this.users = users;
    this.actions = actions;
  }

  @GetMapping("/admin/jobs")
  String list(
      @RequestParam(required = false) JobStatus status,
      @RequestParam(defaultValue = "") String user,
      @RequestParam(defaultValue = "") String file,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) String done,
      Model model) {
    Paging.check(page, PAGE_SIZE, PAGE_SIZE);
    Optional<User> owner = user.isBlank() ? Optional.empty() : users.findByEmail(user.strip());
    Page<JobConsole.Row> found =
        user.isBlank() || owner.isPresent()
            ? jobs.search(
                new JobConsole.Filter(
                    status,
                    owner.map(User::id).orElse(null),
                    file,
                    from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                page,
                PAGE_SIZE)
            : new Page<>(List.of(), 0, page, PAGE_SIZE);
    model.addAttribute("jobs", found);
    model.addAttribute(
        "owners", users.emailsOf(found.items().stream().map(JobConsole.Row::ownerId).toList()));
    model.addAttribute("statuses", JobStatus.values());
    model.addAttribute("status", status);
    model.addAttribute("user", user);
    model.addAttribute("unknownUser", !user.isBlank() && owner.isEmpty());
    model.addAttribute("file", file);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("queue", jobs.queue());
    model.addAttribute("notice", Notices.of(done));
    model.addAttribute("nav", "jobs");
    return "admin/jobs";
  }

  @GetMapping("/admin/jobs/{id}")
  String job(@PathVariable UUID id, @RequestParam(required = false) String done, Model model) {
    JobConsole.Details details =
        jobs.details(id)
            .orElseThrow(
                () ->
                    new ApiProblem(
                        HttpStatus.NOT_FOUND, "job-not-found", "Job not found", "No such job."));
    model.addAttribute("job", details);
    model.addAttribute(
        "owner", users.find(details.row().ownerId()).map(User::email).orElse("(deleted)"));
    model.addAttribute("notice", Notices.of(done));
    model.addAttribute("nav", "jobs");
    return "admin/job";
  }

  @PostMapping("/admin/jobs/{id}/retry")
  String retry(@PathVariable UUID id, HttpServletRequest request) {
    actions.run(request, "job.retry", id.toString(), null, () -> jobs.retry(id));
    return "redirect:/admin/jobs/" + id + "?done=retried";
  }

  @PostMapping("/admin/jobs/{id}/discard")
  String discard(@PathVariable UUID id, HttpServletRequest request) {
    actions.run(request, "job.discard", id.toString(), null, () -> jobs.discard(id));
    return "redirect:/admin/jobs?done=discarded";
  }

  @PostMapping("/admin/jobs/retry-all")
  String retryAll(HttpServletRequest request) {
    int[] retried = new int[1];
    actions.run(request, "job.retry-all", "queue", null, () -> retried[0] = jobs.retryAll());
    return "redirect:/admin/jobs?done=retried-" + retried[0];
  }

  @PostMapping("/admin/queue/pause")
  String pause(HttpServletRequest request) {
    String by = ConsoleActions.actor().email();
    actions.run(request, "queue.pause", "queue", null, () -> jobs.pause(by));
    return "redirect:/admin/jobs?done=paused";
  }

  @PostMapping("/admin/queue/resume")
  String resume(HttpServletRequest request) {
    String by = ConsoleActions.actor().email();
    actions.run(request, "queue.resume", "queue", null, () -> jobs.resume(by));
    return "redirect:/admin/jobs?done=resumed";
  }
}
