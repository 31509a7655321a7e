package org.careercoach.server.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.careercoach.server.config.Paging;
import org.careercoach.server.email.EmailOutbox;
import org.careercoach.server.email.StoredEmail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outbox: sent, failed, pending and captured mail with its state and reason, one message to
 * read (captured mail shows its live links: this is where a local operator reads it), resend.
 */
@ConsolePage
@Controller
class MailPages {

  static final int PAGE_SIZE = 50;
  static final List<String> STATES = List.of("CAPTURED", "PENDING", "SENDING", "SENT", "FAILED");

  private final EmailOutbox outbox;
  private final ConsoleActions actions;

  MailPages(EmailOutbox outbox, ConsoleActions actions) {
    this.outbox = outbox;
    this.actions = actions;
  }

  @GetMapping("/admin/mail")
  String list(
      @RequestParam(defaultValue = "") String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) String done,
      Model model) {
    Paging.check(page, PAGE_SIZE, PAGE_SIZE);
    model.addAttribute("mail", outbox.list(status.isBlank() ? null : status, page, PAGE_SIZE));
    model.addAttribute("status", status);
    model.addAttribute("states", STATES);
    model.addAttribute("notice", Notices.of(done));
    model.addAttribute("nav", "mail");
    return "admin/mail";
  }

  @GetMapping("/admin/mail/{id}")
  String message(@PathVariable UUID id, @RequestParam(required = false) String done, Model model) {
    StoredEmail message = outbox.find(id);
    model.addAttribute("message", message);
    model.addAttribute("links", liveLinks(message));
    model.addAttribute("notice", Notices.of(done));
    model.addAttribute("nav", "mail");
    return "admin/message";
  }

  /**
   * The links of a captured message whose token still works (the outbox fills the token in only
   * then), to follow from here; masked links, and links of mail that went out, are not offered.
   */
  static List<String> liveLinks(StoredEmail message) {
    if (!EmailOutbox.CAPTURED.equals(message.status()) || message.textBody() == null) {
      return List.of();
    }
    return LINK.matcher(message.textBody())
        .results()
        .map(MatchResult::group)
        .filter(link -> link.contains("token=") && !link.contains("*"))
        .distinct()
        .toList();
  }

  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  @PostMapping("/admin/mail/{id}/resend")
  String resend(@PathVariable UUID id, HttpServletRequest request) {
    String to = outbox.find(id).to();
    actions.run(request, "mail.resend", to, "message " + id, () -> outbox.resend(id));
    return "redirect:/admin/mail/" + id + "?done=resent";
  }
}
