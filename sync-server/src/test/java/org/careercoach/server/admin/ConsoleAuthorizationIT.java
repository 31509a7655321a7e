package org.careercoach.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ConsoleClient;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The console's authorisation matrix: anonymous, user and admin × every page and every action, each
 * action with and without its CSRF token. A refusal must be the refusal it claims to be (the
 * sign-in redirect, the "administrators only" page, the "form expired" page) and change nothing.
 */
@ServerIT
class ConsoleAuthorizationIT {

  private static final String SIGN_IN = "/admin/sign-in";
  private static final String FORM_EXPIRED = "This form has expired";
  private static final String ADMINS_ONLY = "Administrators only";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Api api;
  ConsoleClient admin;
  UUID target;
  UUID targetSession;
  UUID mail;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    admin = new ConsoleClient(port);
    assertThat(admin.signIn(ServerIT.ADMIN_EMAIL, ServerIT.ADMIN_PASSWORD).location())
        .endsWith("/admin");
    String email = Accounts.email("target");
    String token = api.register(email, Accounts.PASSWORD, "Target").accessToken();
    target = UUID.fromString(api.get("/api/v1/me", token).body().get("id").asString());
    targetSession =
        UUID.fromString(api.get("/api/v1/me/sessions", token).body().get(0).get("id").asString());
    mail =
        jdbc.sql("select id from email_outbox where user_id = :u")
            .param("u", target)
            .query(UUID.class)
            .list()
            .get(0);
  }

  /** Every page, with ids that exist (a job id that does not: the page answers 404 to admins). */
  private List<String> pages() {
    return List.of(
        "/admin",
        "/admin/jobs",
        "/admin/jobs?status=DEAD&file=a&user=nobody%40x.test",
        "/admin/jobs/" + UUID.randomUUID(),
        "/admin/users",
        "/admin/users?q=tar",
        "/admin/users/" + target,
        "/admin/mail",
        "/admin/mail/" + mail,
        "/admin/coaching",
        "/admin/audit");
  }

  /** Every action, in an order an admin may run them all (each is undone by a later one). */
  private List<String> actions() {
    return List.of(
        "/admin/queue/pause",
        "/admin/queue/resume",
        "/admin/jobs/" + UUID.randomUUID() + "/retry",
        "/admin/jobs/" + UUID.randomUUID() + "/discard",
        "/admin/jobs/retry-all",
        "/admin/users/" + target + "/promote",
        "/admin/users/" + target + "/demote",
        "/admin/users/" + target + "/password-reset",
        "/admin/users/" + target + "/sessions/" + targetSession + "/end",
        "/admin/users/" + target + "/disable",
        "/admin/users/" + target + "/enable",
        "/admin/mail/" + mail + "/resend");
  }

  @Test
  void anAnonymousVisitorIsSentToSignInAndCannotChangeAnything() {
    ConsoleClient anonymous = new ConsoleClient(port);
    String csrf = anonymous.csrfFrom(SIGN_IN);
    long audited = auditEntries();
    SoftAssertions soft = new SoftAssertions();
    for (String page : pages()) {
      ConsoleClient.Page answer = anonymous.get(page);
      soft.assertThat(answer.status()).as("GET " + page).isEqualTo(302);
      soft.assertThat(answer.location()).as("GET " + page).endsWith(SIGN_IN);
    }
    for (String action : actions()) {
      ConsoleClient.Page withToken = anonymous.post(action, Map.of(), csrf);
      soft.assertThat(withToken.status()).as("POST " + action + " with CSRF").isEqualTo(302);
      soft.assertThat(withToken.location()).as("POST " + action).endsWith(SIGN_IN);
      ConsoleClient.Page without = anonymous.post(action, Map.of(), null);
      soft.assertThat(without.status()).as("POST " + action + " without CSRF").isEqualTo(403);
      soft.assertThat(without.body()).as("POST " + action).contains(FORM_EXPIRED);
    }
    soft.assertAll();
    assertThat(auditEntries()).isEqualTo(audited);
  }

  @Test
  void aUserSignedInToTheConsoleGetsForbiddenEverywhere() {
    String email = Accounts.email("plainconsole");
    api.register(email, Accounts.PASSWORD, "Plain");
    ConsoleClient user = new ConsoleClient(port);
    assertThat(user.signIn(email, Accounts.PASSWORD).status()).isEqualTo(302);
    ConsoleClient.Page forbidden = user.get("/admin");
    String csrf = csrfIn(forbidden.body());
    long audited = auditEntries();
    SoftAssertions soft = new SoftAssertions();
    for (String page : pages()) {
      ConsoleClient.Page answer = user.get(page);
      soft.assertThat(answer.status()).as("GET " + page).isEqualTo(403);
      soft.assertThat(answer.body()).as("GET " + page).contains(ADMINS_ONLY);
    }
    for (String action : actions()) {
      ConsoleClient.Page withToken = user.post(action, Map.of(), csrf);
      soft.assertThat(withToken.status()).as("POST " + action + " with CSRF").isEqualTo(403);
      soft.assertThat(withToken.body()).as("POST " + action).contains(ADMINS_ONLY);
      ConsoleClient.Page without = user.post(action, Map.of(), null);
      soft.assertThat(without.status()).as("POST " + action + " without CSRF").isEqualTo(403);
      soft.assertThat(without.body()).as("POST " + action).contains(FORM_EXPIRED);
    }
    soft.assertAll();
    assertThat(auditEntries()).isEqualTo(audited);
    assertThat(standing()).isEqualTo("enabled user");
  }

  @Test
  void anAdminSeesEveryPageAndNoActionPassesWithoutItsCsrfToken() {
    String csrf = admin.csrfFrom("/admin");
    long audited = auditEntries();
    SoftAssertions soft = new SoftAssertions();
    for (String page : pages()) {
      ConsoleClient.Page answer = admin.get(page);
      int expected = page.startsWith("/admin/jobs/") ? 404 : 200;
      soft.assertThat(answer.status()).as("GET " + page).isEqualTo(expected);
    }
    for (String action : actions()) {
      ConsoleClient.Page without = admin.post(action, Map.of(), null);
      soft.assertThat(without.status()).as("POST " + action + " without CSRF").isEqualTo(403);
      soft.assertThat(without.body()).as("POST " + action).contains(FORM_EXPIRED);
    }
    soft.assertAll();
    assertThat(auditEntries()).as("nothing was done without a token").isEqualTo(audited);
    assertThat(standing()).isEqualTo("enabled user");

    for (String action : actions()) {
      ConsoleClient.Page withToken = admin.post(action, Map.of(), csrf);
      soft.assertThat(withToken.status()).as("POST " + action + " with CSRF").isNotEqualTo(403);
      if (action.contains("/jobs/") && !action.endsWith("retry-all")) {
        soft.assertThat(withToken.status()).as("POST " + action + ": no such job").isEqualTo(404);
      } else if (action.endsWith("/resend")) {
        soft.assertThat(withToken.status()).as("a captured mail is not resent").isEqualTo(409);
      } else {
        soft.assertThat(withToken.status()).as("POST " + action).isEqualTo(302);
      }
    }
    soft.assertAll();
    assertThat(auditEntries() - audited).as("one entry per action done").isEqualTo(9);
    assertThat(standing()).isEqualTo("enabled user");
  }

  private String standing() {
    return jdbc.sql(
            "select case when disabled then 'disabled' else 'enabled' end"
                + " || case when 'ADMIN' = any(roles) then ' admin' else ' user' end"
                + " from users where id = :id")
        .param("id", target)
        .query(String.class)
        .single();
  }

  private long auditEntries() {
    return jdbc.sql("select count(*) from admin_audit").query(Long.class).single();
  }

  private static String csrfIn(String html) {
    var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as("the page carries a CSRF token").isTrue();
    return m.group(1);
  }
}
