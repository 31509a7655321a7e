package org.careercoach.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ConsoleClient;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signing in to the console: the cookie's flags, the API's password checks and lockout, the idle
 * timeout, sign-out, and the account changes that must end a console at once.
 */
@ServerIT
class ConsoleSignInIT {

  @LocalServerPort int port;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired org.careercoach.server.auth.AccountAdministration accounts;
  @Autowired org.springframework.web.context.WebApplicationContext context;

  Api api;
  ConsoleClient admin;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    admin = new ConsoleClient(port);
    assertThat(admin.signIn(ServerIT.ADMIN_EMAIL, ServerIT.ADMIN_PASSWORD).location())
        .endsWith("/admin");
  }

  @Test
  void theCookieIsHttpOnlyStrictScopedToTheConsoleAndNoServerSessionExists() {
    String set = admin.setCookieHeader("coach_console");

    assertThat(set).contains("HttpOnly", "SameSite=Strict", "Path=/admin");
    assertThat(set)
        .as("plain HTTP: no Secure flag, or the browser would drop it")
        .doesNotContain("Secure");
    assertThat(admin.setCookieHeader("coach_console_csrf")).contains("HttpOnly", "SameSite=Strict");
    assertThat(admin.get("/admin").status()).isEqualTo(200);
    assertThat(admin.setCookieHeader("JSESSIONID")).as("no HTTP session is ever made").isNull();
  }

  /**
   * Over HTTPS the cookies are Secure as well: the request goes through the real filter chain and
   * controllers (MockMvc, marked secure as Tomcat marks a TLS request or a trusted proxy's).
   */
  @Test
  void overHttpsBothCookiesAreSecure() throws Exception {
    org.springframework.test.web.servlet.MockMvc mvc =
        org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
            .addFilters(context.getBean("springSecurityFilterChain", jakarta.servlet.Filter.class))
            .build();
    var page =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/admin/sign-in")
                    .secure(true))
            .andReturn()
            .getResponse();
    jakarta.servlet.http.Cookie csrfCookie = page.getCookie("coach_console_csrf");
    assertThat(csrfCookie.getSecure()).isTrue();
    java.util.regex.Matcher token =
        java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
            .matcher(page.getContentAsString());
    assertThat(token.find()).isTrue();

    var signedIn =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/admin/sign-in")
                    .secure(true)
                    .cookie(csrfCookie)
                    .param("_csrf", token.group(1))
                    .param("email", ServerIT.ADMIN_EMAIL)
                    .param("password", ServerIT.ADMIN_PASSWORD))
            .andReturn()
            .getResponse();

    assertThat(signedIn.getStatus()).isEqualTo(302);
    assertThat(signedIn.getHeaders("Set-Cookie"))
        .anySatisfy(
            set ->
                assertThat(set)
                    .startsWith("coach_console=")
                    .contains("Secure", "HttpOnly", "SameSite=Strict", "Path=/admin"));
  }

  @Test
  void wrongPasswordsAreRefusedOnThePageAndLockTheAccountAsTheApiDoes() {
    String email = Accounts.email("consoleguess");
    api.register(email, Accounts.PASSWORD, "Guessed");
    ConsoleClient guesser = new ConsoleClient(port);

    for (int i = 0; i < 5; i++) {
      ConsoleClient.Page wrong = guesser.signIn(email, "wrong guess " + i);
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(wrong.body()).contains("The email or password is wrong.");
    }
    ConsoleClient.Page locked = guesser.signIn(email, Accounts.PASSWORD);

    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.body()).contains("Too many failed sign-ins to this account");
    assertThat(guesser.cookie("coach_console")).isNull();
    assertThat(
            api.post("/api/v1/auth/login", Map.of("email", email, "password", Accounts.PASSWORD))
                .status())
        .as("the API counts the console's guesses too")
        .isEqualTo(429);
  }

  @Test
  void aConsoleLeftIdleIsSignedOutAndItsSessionEnds() throws Exception {
    clock.stop();
    assertThat(admin.get("/admin").status()).isEqualTo(200);
    clock.advance(Duration.ofMinutes(29));
    assertThat(admin.get("/admin").status()).as("used within the idle timeout").isEqualTo(200);
    UUID consoleSession = sessionOf(admin.cookie("coach_console"));
    assertThat(accounts.sessions(idOf(ServerIT.ADMIN_EMAIL), null))
        .filteredOn(session -> session.id().equals(consoleSession))
        .singleElement()
        .as("the console's clicks count as the session's use")
        .satisfies(session -> assertThat(session.lastUsedAt()).isAfter(session.createdAt()));

    clock.advance(Duration.ofMinutes(31));
    assertThat(accounts.sessions(idOf(ServerIT.ADMIN_EMAIL), null))
        .as("an idle console is no longer listed among the account's sessions")
        .noneMatch(session -> session.id().equals(consoleSession));
    ConsoleClient.Page idle = admin.get("/admin");

    assertThat(idle.status()).isEqualTo(302);
    assertThat(idle.location()).endsWith("/admin/sign-in");
    assertThat(
            jdbc.sql(
                    "select count(*) from sessions s join console_cookies c on c.session_id = s.id"
                        + " where s.revoke_reason = 'console idle'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void signingOutEndsTheSessionSoTheOldCookieNoLongerWorks() {
    String cookie = admin.cookie("coach_console");
    ConsoleClient.Page out = admin.post("/admin/sign-out", Map.of(), admin.csrfFrom("/admin"));

    assertThat(out.location()).endsWith("/admin/sign-in?signedOut");
    assertThat(admin.get("/admin/sign-in?signedOut").body()).contains("You are signed out.");
    ConsoleClient replay = new ConsoleClient(port);
    replay.setCookie("coach_console", cookie);
    assertThat(replay.get("/admin").status()).isEqualTo(302);
  }

  @Test
  void disablingOrDemotingAnAdminEndsTheirConsoleAtOnce() {
    String email = Accounts.email("second-admin");
    api.register(email, Accounts.PASSWORD, "Second");
    UUID id = idOf(email);
    String csrf = admin.csrfFrom("/admin");
    assertThat(admin.post("/admin/users/" + id + "/promote", Map.of(), csrf).status())
        .isEqualTo(302);
    ConsoleClient second = new ConsoleClient(port);
    second.signIn(email, Accounts.PASSWORD);
    assertThat(second.get("/admin/users").status()).isEqualTo(200);

    admin.post("/admin/users/" + id + "/demote", Map.of(), csrf);
    assertThat(second.get("/admin/users").status()).as("demoted: forbidden").isEqualTo(403);

    admin.post("/admin/users/" + id + "/disable", Map.of(), csrf);
    assertThat(second.get("/admin/users").status()).as("disabled: signed out").isEqualTo(302);
    assertThat(second.signIn(email, Accounts.PASSWORD).status()).isEqualTo(403);
  }

  @Test
  void theConfiguredAdminCannotBeDemotedOrDisabledAndThePageSaysWhy() {
    UUID id = idOf(ServerIT.ADMIN_EMAIL);
    String csrf = admin.csrfFrom("/admin");

    ConsoleClient.Page page = admin.get("/admin/users/" + id);
    assertThat(page.body()).contains("COACH_ADMIN_EMAIL names this account");
    ConsoleClient.Page demote = admin.post("/admin/users/" + id + "/demote", Map.of(), csrf);
    ConsoleClient.Page disable = admin.post("/admin/users/" + id + "/disable", Map.of(), csrf);

    assertThat(demote.status()).isEqualTo(409);
    assertThat(demote.body()).contains("cannot be demoted", "COACH_ADMIN_EMAIL");
    assertThat(disable.status()).isEqualTo(409);
    assertThat(admin.get("/admin").status()).as("still an admin").isEqualTo(200);
  }

  private UUID sessionOf(String cookie) throws Exception {
    byte[] hash =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(cookie.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return jdbc.sql("select session_id from console_cookies where token_hash = :h")
        .param("h", hash)
        .query(UUID.class)
        .single();
  }

  private UUID idOf(String email) {
    return jdbc.sql("select id from users where email = :e")
        .param("e", email)
        .query(UUID.class)
        .single();
  }
}
