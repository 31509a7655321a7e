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
    String text =
        "Hi "
            + name
            + ",\n\nWelcome to Career Coach. Please confirm your email address by opening this"
            + " link within 48 hours:\n\n"
            + verifyLink
            + "\n\nYou can also paste the link into the app.\n";
    return new OutgoingEmail(
        userId,
        WELCOME,
        email,
        name,
        "Welcome to Career Coach: confirm your email",
        text,
        html(
            name,
            "Welcome to Career Coach. Please confirm your email address.",
            "Confirm email",
            verifyLink,
            "The link works for 48 hours."));
  }

  public OutgoingEmail verification(UUID userId, String email, String name, String verifyLink) {
    String text =
        "Hi "
            + name
            + ",\n\nConfirm your email address for Career Coach by opening this link within 48"
            + " hours:\n\n"
            + verifyLink
            + "\n";
    return new OutgoingEmail(
        userId,
        VERIFY_EMAIL,
        email,
        name,
        "Confirm your email for Career Coach",
        text,
        html(
            name,
            "Confirm your email address for Career Coach.",
            "Confirm email",
            verifyLink,
            "The link works for 48 hours."));
  }

  public OutgoingEmail passwordReset(UUID userId, String email, String name, String resetLink) {
    String text =
        "Hi "
            + name
            + ",\n\nSomeone asked to reset the password of your Career Coach account. If it was"
            + " you, open this link within one hour:\n\n"
            + resetLink
            + "\n\nIf it was not you, ignore this email: your password stays as it is.\n";
    return new OutgoingEmail(
        userId,
        PASSWORD_RESET,
        email,
        name,
        "Reset your Career Coach password",
        text,
        html(
            name,
            "Someone asked to reset the password of your Career Coach account. If it was you, choose a new one.",
            "Reset password",
            resetLink,
            "The link works for one hour. If it was not you, ignore this email."));
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
