package org.careercoach.server.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.careercoach.model.api.Role;
import org.careercoach.server.auth.AccountAdministration;
import org.careercoach.server.config.Paging;
import org.careercoach.server.drafts.DraftService;
import org.careercoach.server.resumes.ResumeCounts;
import org.careercoach.server.users.User;
import org.careercoach.server.users.UserService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The accounts: search, one account's standing and sessions, disable and enable, end a session,
 * promote and demote, send a password-reset mail. An operator sees counts, never content.
 */
@ConsolePage
@Controller
class UsersPages {

  static final int PAGE_SIZE = 50;

  private final UserService users;
  private final AccountAdministration accounts;
  private final DraftService drafts;
  private final ResumeCounts resumes;
  private final ConsoleActions actions;

  UsersPages(
      UserService users,
      AccountAdministration accounts,
      DraftService drafts,
      ResumeCounts resumes,
      ConsoleActions actions) {
    this.users = users;
    this.accounts = accounts;
    this.drafts = drafts;
    this.resumes = resumes;
    this.actions = actions;
  }

  @GetMapping("/admin/users")
  String list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Paging.check(page, PAGE_SIZE, PAGE_SIZE);
    model.addAttribute("users", users.search(q, page, PAGE_SIZE));
    model.addAttribute("q", q);
    model.addAttribute("nav", "users");
    return "admin/users";
  }

  @GetMapping("/admin/users/{id}")
  String user(@PathVariable UUID id, @RequestParam(required = false) String done, Model model) {
    User user = users.require(id);
    model.addAttribute("account", user);
    model.addAttribute("admin", user.roles().contains(Role.ADMIN));
    model.addAttribute("keepsConsole", users.whyItKeepsTheConsole(user).orElse(null));
    model.addAttribute("drafts", drafts.liveDrafts(id));
    model.addAttribute("uploads", resumes.of(id));
    model.addAttribute("sessions", accounts.sessions(id, ConsoleActions.actor().sessionId()));
    model.addAttribute("lastSignIn", accounts.lastSignIn(id).orElse(null));
    model.addAttribute("self", ConsoleActions.actor().userId().equals(id));
    model.addAttribute("notice", Notices.of(done));
    model.addAttribute("nav", "users");
    return "admin/user";
  }

  @PostMapping("/admin/users/{id}/disable")
  String disable(@PathVariable UUID id, HttpServletRequest request) {
    return change(id, "user.disable", "disabled", request, () -> users.setDisabled(id, true));
  }

  @PostMapping("/admin/users/{id}/enable")
  String enable(@PathVariable UUID id, HttpServletRequest request) {
    return change(id, "user.enable", "enabled", request, () -> users.setDisabled(id, false));
  }

  @PostMapping("/admin/users/{id}/promote")
  String promote(@PathVariable UUID id, HttpServletRequest request) {
    return change(id, "user.promote", "promoted", request, () -> users.setAdmin(id, true));
  }

  @PostMapping("/admin/users/{id}/demote")
  String demote(@PathVariable UUID id, HttpServletRequest request) {
    return change(id, "user.demote", "demoted", request, () -> users.setAdmin(id, false));
  }

  @PostMapping("/admin/users/{id}/password-reset")
  String sendReset(@PathVariable UUID id, HttpServletRequest request) {
    return change(
        id, "user.password-reset", "reset-sent", request, () -> accounts.sendPasswordReset(id));
  }

  @PostMapping("/admin/users/{id}/sessions/{session}/end")
  String endSession(@PathVariable UUID id, @PathVariable UUID session, HttpServletRequest request) {
    String email = users.require(id).email();
    actions.run(
        request,
        "user.end-session",
        email,
        "session " + session,
        () -> accounts.endSession(id, session));
    return done(id, "session-ended");
  }

  /** One change to the account, audited with its email as the target; back to its page. */
  private String change(
      UUID id, String action, String notice, HttpServletRequest request, Runnable change) {
    String email = users.require(id).email();
    actions.run(request, action, email, null, change);
    return done(id, notice);
  }

  private static String done(UUID id, String notice) {
    return "redirect:/admin/users/" + id + "?done=" + notice;
  }
}
