package org.careercoach.server.admin;

import org.careercoach.server.config.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, newest first, searchable by who or on whom, and by action. */
@ConsolePage
@Controller
class AuditPage {

  static final int PAGE_SIZE = 100;

  private final AuditLog audit;

  AuditPage(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/admin/audit")
  String audit(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String action,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Paging.check(page, PAGE_SIZE, PAGE_SIZE);
    model.addAttribute("entries", audit.search(q, action, page, PAGE_SIZE));
    model.addAttribute("q", q);
    model.addAttribute("action", action);
    model.addAttribute("nav", "audit");
    return "admin/audit";
  }
}
