package org.careercoach.server.email;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The emails, rendered from Mustache templates in {@code resources/email}: an HTML part (every
 * value escaped, names isolated with {@code <bdi>} so right-to-left text cannot reorder the
 * sentence) inside one branded layout, and a plain-text part. Links are built by the caller from
 * the configured public address only; the caller also names the token a link carries, so the outbox
 * can keep it apart and forget it once the message is sent.
 */
@Component
public class EmailTemplates {

  public static final String WELCOME = "WELCOME";
  public static final String VERIFY_EMAIL = "VERIFY_EMAIL";
  public static final String PASSWORD_RESET = "PASSWORD_RESET";
  public static final String RESUME_PARSED = "RESUME_PARSED";
  public static final String OPERATOR_ALERT = "OPERATOR_ALERT";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /** HTML's five special characters; unlike JMustache's default it leaves {@code =} in links. */
  private static final Mustache.Escaper HTML_ESCAPER =
      Escapers.simple(
          new String[][] {
            {"&", "&amp;"}, {"'", "&#39;"}, {"\"", "&quot;"}, {"<", "&lt;"}, {">", "&gt;"}
          });

  private final Mustache.Compiler html =
      Mustache.compiler().withEscaper(HTML_ESCAPER).withLoader(EmailTemplates::partial);
  private final Mustache.Compiler text = Mustache.compiler().escapeHTML(false);
  private final Template layout = html.compile(read("layout.html"));
  private final Map<String, Template> htmlBodies = new HashMap<>();
  private final Map<String, Template> textBodies = new HashMap<>();

  public EmailTemplates() {
    for (String name :
        new String[] {
          "welcome", "verify-email", "password-reset", "resume-parsed", "operator-alert"
        }) {
      htmlBodies.put(name, html.compile(read(name + ".html")));
      textBodies.put(name, text.compile(read(name + ".txt")));
    }
  }

  public OutgoingEmail welcome(
      UUID userId, String email, String name, String verifyLink, String token) {
    return render(
        userId,
        email,
        name,
        WELCOME,
        "welcome",
        "Welcome to Career Coach: confirm your email",
        Map.of("link", verifyLink, "action", "Confirm email", "pasteInApp", true),
        token);
  }

  public OutgoingEmail verification(
      UUID userId, String email, String name, String verifyLink, String token) {
    return render(
        userId,
        email,
        name,
        VERIFY_EMAIL,
        "verify-email",
        "Confirm your email for Career Coach",
        Map.of("link", verifyLink, "action", "Confirm email", "pasteInApp", true),
        token);
  }

  public OutgoingEmail passwordReset(
      UUID userId, String email, String name, String resetLink, String token) {
    return render(
        userId,
        email,
        name,
        PASSWORD_RESET,
        "password-reset",
        "Reset your Career Coach password",
        Map.of("link", resetLink, "action", "Choose a new password", "pasteInApp", true),
        token);
  }

  /** Sent (from the resumes feature's event) when a resume has been parsed. */
  public OutgoingEmail resumeParsed(
      UUID userId, String email, String name, String filename, Instant uploadedAt) {
    return render(
        userId,
        email,
        name,
        RESUME_PARSED,
        "resume-parsed",
        "Your resume is ready to review",
        Map.of("filename", filename, "uploadedAt", DAY.format(uploadedAt)),
        null);
  }

  /**
   * To an admin when an alert of the admin console starts ({@code since} null) or clears; one
   * message per admin per change, however many instances saw it.
   */
  public OutgoingEmail operatorAlert(
      UUID userId,
      String email,
      String name,
      String title,
      String detail,
      Instant at,
      Instant since,
      String consoleLink) {
    boolean started = since == null;
    Map<String, Object> values = new HashMap<>();
    values.put("started", started);
    values.put("title", title);
    values.put("detail", detail);
    values.put("at", DAY.format(at));
    values.put("since", started ? "" : DAY.format(since));
    values.put("console", consoleLink);
    return render(
        userId,
        email,
        name,
        OPERATOR_ALERT,
        "operator-alert",
        (started ? "Alert: " : "Cleared: ") + title,
        values,
        null);
  }

  private OutgoingEmail render(
      UUID userId,
      String email,
      String name,
      String kind,
      String template,
      String subject,
      Map<String, Object> values,
      String token) {
    Map<String, Object> context = new HashMap<>(values);
    context.put("name", name);
    String body = htmlBodies.get(template).execute(context);
    String page = layout.execute(Map.of("subject", subject, "preheader", subject, "body", body));
    return new OutgoingEmail(
        userId, kind, email, name, subject, textBodies.get(template).execute(context), page, token);
  }

  private static Reader partial(String name) {
    return new java.io.StringReader(read(name + ".html"));
  }

  private static String read(String name) {
    String path = "email/" + name + ".mustache";
    try (InputStream in = EmailTemplates.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Email template missing: " + path);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
          out.append(buffer, 0, n);
        }
        return out.toString();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
