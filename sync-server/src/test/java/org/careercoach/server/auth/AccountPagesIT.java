package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.Chromium;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages the emails link to, in a real headless Chromium, as a user clicks through them. */
@ServerIT
class AccountPagesIT {

  private static final String NEW_PASSWORD = "a brand new long passphrase 5";

  /** One browser for the class: starting Chromium costs seconds, a fresh page does not. */
  static ChromeDriver browser;

  @LocalServerPort int port;
  Api api;
  String email;

  @BeforeAll
  static void startBrowser() {
    browser = Chromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void setUp() {
    api = new Api(port);
    email = Accounts.email("page");
    browser.manage().deleteAllCookies();
  }

  @Test
  void aUserResetsTheirPasswordOnTheLinkedPage() {
    TokenPair before = api.register(email, Accounts.PASSWORD, "Paige");
    api.post("/api/v1/auth/password-reset/request", Map.of("email", email));
    String token = api.mailedToken(api.adminToken(), email, "PASSWORD_RESET").orElseThrow();

    browser.get(url("/reset-password?token=" + token));
    assertThat(browser.getCurrentUrl())
        .as("the token leaves the address bar")
        .doesNotContain(token);
    browser.findElement(By.id("new-password")).sendKeys(NEW_PASSWORD);
    browser.findElement(By.id("confirm-password")).sendKeys(NEW_PASSWORD);
    browser.findElement(By.id("submit")).click();
    waitFor(By.id("done"));

    assertThat(browser.findElement(By.id("done")).getText()).contains("Password changed");
    assertThat(api.login(email, NEW_PASSWORD).accessToken()).isNotBlank();
    assertThat(api.refresh(before.refreshToken()).status()).isEqualTo(401);
  }

  @Test
  void mistakesAreExplainedOnThePage() {
    api.register(email, Accounts.PASSWORD, "Paige");
    api.post("/api/v1/auth/password-reset/request", Map.of("email", email));
    String token = api.mailedToken(api.adminToken(), email, "PASSWORD_RESET").orElseThrow();
    browser.get(url("/reset-password?token=" + token));

    browser.findElement(By.id("new-password")).sendKeys(NEW_PASSWORD);
    browser.findElement(By.id("confirm-password")).sendKeys("something else entirely");
    browser.findElement(By.id("submit")).click();
    assertThat(errorText()).contains("not the same");

    clear();
    browser.findElement(By.id("new-password")).sendKeys("password123");
    browser.findElement(By.id("confirm-password")).sendKeys("password123");
    browser.findElement(By.id("submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> errorText().contains("common"));
  }

  @Test
  void aUsedLinkSaysSo() {
    api.register(email, Accounts.PASSWORD, "Paige");
    api.post("/api/v1/auth/password-reset/request", Map.of("email", email));
    String token = api.mailedToken(api.adminToken(), email, "PASSWORD_RESET").orElseThrow();
    api.post(
        "/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", NEW_PASSWORD));

    browser.get(url("/reset-password?token=" + token));
    browser.findElement(By.id("new-password")).sendKeys("yet another passphrase 12");
    browser.findElement(By.id("confirm-password")).sendKeys("yet another passphrase 12");
    browser.findElement(By.id("submit")).click();

    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> errorText().contains("not valid or was already used"));
  }

  @Test
  void aUserConfirmsTheirEmailWithOneClick() {
    TokenPair tokens = api.register(email, Accounts.PASSWORD, "Vera");
    String token = api.mailedToken(api.adminToken(), email, "WELCOME").orElseThrow();

    browser.get(url("/verify-email?token=" + token));
    assertThat(api.get("/api/v1/me", tokens.accessToken()).body().get("emailVerified").asBoolean())
        .as("opening the page alone changes nothing (mail scanners open links)")
        .isFalse();
    browser.findElement(By.id("submit")).click();
    waitFor(By.id("done"));

    assertThat(api.get("/api/v1/me", tokens.accessToken()).body().get("emailVerified").asBoolean())
        .isTrue();
  }

  @Test
  void aLinkWithoutATokenSaysWhatToDo() {
    browser.get(url("/reset-password"));

    assertThat(browser.findElement(By.id("no-token")).isDisplayed()).isTrue();
  }

  private String errorText() {
    return browser.findElement(By.id("form-error")).getText();
  }

  private void clear() {
    browser.findElement(By.id("new-password")).clear();
    browser.findElement(By.id("confirm-password")).clear();
  }

  private void waitFor(By element) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(element));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
