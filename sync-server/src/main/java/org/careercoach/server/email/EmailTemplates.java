package org.careercoach.server.email;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The account emails, as plain text and HTML. Every value from a user is HTML-escaped; links are
 * built by the caller from the configured public address only.
 */
@Component
public class EmailTemplates {

  public static final String WELCOME = "WELCOME";
  public static final String PASSWORD_RESET = "PASSWORD_RESET";
  public static final String VERIFY_EMAIL = "VERIFY_EMAIL";

  public OutgoingEmail welcome(UUID userId, String email, String name, String verifyLink) {
    return confirmation(
        userId,
        email,
        name,
        verifyLink,
        WELCOME,
        "Welcome to Career Coach: confirm your email",
        "Welcome to Career Coach. Please confirm your email address.");
  }

  public OutgoingEmail verification(UUID userId, String email, String name, String verifyLink) {
    return confirmation(
        userId,
        email,
        name,
        verifyLink,
        VERIFY_EMAIL,
        "Confirm your email for Career Coach",
        "Please confirm your email address for Career Coach.");
  }

  public OutgoingEmail passwordReset(UUID userId, String email, String name, String resetLink) {
    String lead =
        "Someone asked to reset the password of your Career Coach account."
            + " If it was you, choose a new one.";
    String note = "The link works for one hour. If it was not you, ignore this email.";
    return new OutgoingEmail(
        userId,
        PASSWORD_RESET,
        email,
        name,
        "Reset your Career Coach password",
        text(name, lead, resetLink, note),
        html(name, lead, "Reset password", resetLink, note));
  }

  private static OutgoingEmail confirmation(
      UUID userId,
      String email,
      String name,
      String link,
      String kind,
      String subject,
      String lead) {
    String note = "The link works for 48 hours. You can also paste it into the app.";
    return new OutgoingEmail(
        userId,
        kind,
        email,
        name,
        subject,
        text(name, lead, link, note),
        html(name, lead, "Confirm email", link, note));
  }

  private static String text(String name, String lead, String link, String note) {
    return "Hi " + name + ",\n\n" + lead + "\n\n" + link + "\n\n" + note + "\n";
  }

  private static String html(String name, String lead, String action, String link, String note) {
    String href = HtmlUtils.htmlEscape(link);
    return "<!doctype html><html><body style=\"font-family:sans-serif;color:#1f2328\">"
        + "<p>Hi "
        + HtmlUtils.htmlEscape(name)
        + ",</p><p>"
        + HtmlUtils.htmlEscape(lead)
        + "</p><p><a href=\""
        + href
        + "\" style=\"background:#1f6feb;color:#fff;padding:10px 16px;border-radius:6px;"
        + "text-decoration:none\">"
        + HtmlUtils.htmlEscape(action)
        + "</a></p><p style=\"color:#59636e\">"
        + HtmlUtils.htmlEscape(note)
        + "</p><p style=\"color:#59636e\">Or paste this link into your browser or the app: "
        + href
        + "</p></body></html>";
  }
}
