package org.careercoach.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.events.SseClient;
import org.careercoach.server.jobs.JobConsole;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.Chromium;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.TestJobs;
import org.careercoach.server.support.Uploads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The console in a real headless Chromium, as an operator uses it: a dead job retried until it
 * parses, the queue paused and resumed around an upload, a user disabled (their API call refused
 * and their event stream closed), a captured reset mail read and its link followed, and the alert
 * that shows while no worker runs. Also writes the screenshots the README shows.
 */
@ServerIT
class AdminConsoleE2EIT {

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final String TEXT =
      "Jane Doe\njane@example.com\n\nExperience\nEngineer, Acme, 2020 - 2024\n";

  static ChromeDriver browser;

  @LocalServerPort int port;
  @Autowired TestJobs processor;
  @Autowired JdbcClient jdbc;
  @Autowired JobConsole jobs;
  @Autowired ApplicationContext context;

  Api api;
  String email;
  TokenPair user;

  @BeforeAll
  static void startBrowser() {
    browser = Chromium.start();
    browser.manage().window().setSize(new Dimension(1280, 800));
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
    email = Accounts.email("console-e2e");
    user = api.register(email, Accounts.PASSWORD, "Console Tester");
    signIn();
  }

  @Test
  void aDeadJobIsRetriedFromTheConsoleAndParses() {
    String name = "poison-" + UUID.randomUUID() + ".txt";
    String resume = upload(name);
    awaitResume(resume, "FAILED");
    UUID job = jobOf(resume);

    open("/admin/jobs?status=DEAD");
    follow(browser.findElement(By.cssSelector("tr[data-job='" + job + "'] a")));
    assertThat(text("job-state")).isEqualTo("DEAD");
    List<WebElement> attempts = browser.findElements(By.cssSelector("#attempts tbody tr"));
    assertThat(attempts).hasSize(3);
    assertThat(attempts.get(2).getText()).contains("DEAD", "injected failure");

    processor.cure(name);
    submit(By.id("retry"));
    assertThat(text("notice")).contains("Queued again");
    awaitOnPage("/admin/jobs/" + job, () -> text("job-state").equals("SUCCEEDED"));
    List<WebElement> runs = browser.findElements(By.cssSelector("#attempts tbody tr"));
    assertThat(runs).as("the dead runs stay listed before the new one").hasSize(4);
    assertThat(runs.get(3).getText()).contains("SUCCEEDED");
  }

  @Test
  void aPausedQueueHoldsAnUploadUntilItIsResumed() {
    open("/admin/jobs");
    try {
      submit(By.id("pause-queue"));
      assertThat(text("queue-state")).isEqualTo("paused");
      String resume = upload("paused-" + UUID.randomUUID() + ".txt");

      Api.sleep(2500);
      assertThat(statusOf(resume)).as("waits while paused").isEqualTo("QUEUED");
      open("/admin/jobs?status=QUEUED");
      assertThat(browser.findElements(By.cssSelector("tr[data-job='" + jobOf(resume) + "']")))
          .hasSize(1);

      submit(By.id("resume-queue"));
      assertThat(text("queue-state")).isEqualTo("running");
      awaitResume(resume, "PARSED");
    } finally {
      jobs.resume("test cleanup");
    }
  }

  @Test
  void disablingAUserRefusesTheirNextCallAndClosesTheirEventStream() {
    try (SseClient stream = SseClient.open(port, user.accessToken())) {
      open("/admin/users?q=" + email);
      follow(browser.findElement(By.linkText(email)));
      submit(By.id("disable"));
      assertThat(text("notice")).contains("Disabled");
      assertThat(text("standing")).isEqualTo("disabled");

      assertThat(api.get("/api/v1/me", user.accessToken()).status()).isEqualTo(401);
      stream.awaitEnd(Duration.ofSeconds(5));
    }
    open("/admin/audit?action=user.disable&q=" + email);
    assertThat(browser.findElement(By.id("audit")).getText())
        .contains(ServerIT.ADMIN_EMAIL, "user.disable", email);
  }

  @Test
  void aCapturedResetMailIsReadInTheConsoleAndItsLinkWorks() {
    open("/admin/users?q=" + email);
    follow(browser.findElement(By.linkText(email)));
    submit(By.id("password-reset"));
    assertThat(text("notice")).contains("password-reset link");

    open("/admin/mail?status=CAPTURED");
    WebElement row =
        browser.findElements(By.cssSelector("#mail tbody tr[data-kind='PASSWORD_RESET']")).stream()
            .filter(r -> r.getText().contains(email))
            .findFirst()
            .orElseThrow();
    follow(row.findElement(By.tagName("a")));
    String message = browser.getCurrentUrl();
    // The suite's public URL (coach.public-url) is a test domain: follow the link's path here.
    java.net.URI link =
        java.net.URI.create(
            browser.findElement(By.cssSelector("a[data-link='live']")).getAttribute("href"));
    assertThat(link.getPath()).isEqualTo("/reset-password");
    open(link.getRawPath() + "?" + link.getRawQuery());

    String newPassword = "chosen in the console test 9";
    wait(() -> !browser.findElements(By.id("new-password")).isEmpty());
    browser.findElement(By.id("new-password")).sendKeys(newPassword);
    browser.findElement(By.id("confirm-password")).sendKeys(newPassword);
    browser.findElement(By.id("submit")).click();
    wait(() -> browser.findElement(By.id("done")).isDisplayed());
    assertThat(api.login(email, newPassword).accessToken()).isNotBlank();

    browser.get(message);
    assertThat(browser.findElements(By.cssSelector("a[data-link='live']")))
        .as("a used link is no longer offered")
        .isEmpty();
    assertThat(text("body")).contains("token=********");
  }

  @Test
  void anAlertShowsWhileNoWorkerRunsAndClearsWhenOneReturns() {
    Lifecycle workers = context.getBean("jobWorkers", Lifecycle.class);
    workers.stop();
    try {
      String resume = upload("unworked-" + UUID.randomUUID() + ".txt");
      awaitOnPage(
          "/admin",
          () -> !browser.findElements(By.cssSelector("[data-alert='no-workers']")).isEmpty());
      assertThat(browser.findElement(By.cssSelector("[data-alert='no-workers']")).getText())
          .contains("No worker is alive");
      screenshots("dashboard-alert");

      workers.start();
      awaitResume(resume, "PARSED");
      awaitOnPage(
          "/admin",
          () -> browser.findElements(By.cssSelector("[data-alert='no-workers']")).isEmpty());
    } finally {
      workers.start();
    }
  }

  @Test
  void theDashboardAndJobsPageReadWellLightAndDarkAtDesktopAndPhoneSizes() {
    open("/admin");
    assertThat(browser.findElements(By.cssSelector("#health [data-part]"))).hasSize(4);
    assertThat(browser.findElement(By.cssSelector("[data-part='email']")).getText())
        .contains("capturing only");
    assertThat(browser.findElement(By.id("workers")).getText()).contains("busy");
    screenshots("dashboard");
    open("/admin/jobs");
    screenshots("jobs");
    open("/admin/coaching");
    assertThat(browser.findElement(By.id("coaching-model")).getText()).contains("openai:gpt-test");
    screenshots("coaching");

    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      for (String page :
          List.of("/admin", "/admin/jobs", "/admin/users", "/admin/coaching", "/admin/audit")) {
        open(page);
        Object overflow =
            browser.executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).as("no sideways scrolling on a phone: " + page).isEqualTo(false);
      }
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 800));
    }
  }

  /** Light and dark shots of the page shown, into target/ and, if asked, into the docs. */
  private void screenshots(String name) {
    for (String scheme : List.of("light", "dark")) {
      browser.executeCdpCommand(
          "Emulation.setEmulatedMedia",
          Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
      browser.navigate().refresh();
      byte[] png = browser.getScreenshotAs(OutputType.BYTES);
      assertThat(png.length).isGreaterThan(10_000);
      save(Path.of("target", "console-screenshots"), name + "-" + scheme + ".png", png);
      String docs = System.getProperty("coach.screenshots");
      if (docs != null) {
        save(Path.of(docs), "console-" + name + "-" + scheme + ".png", png);
      }
    }
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
  }

  private static void save(Path folder, String file, byte[] png) {
    try {
      Files.createDirectories(folder);
      Files.write(folder.resolve(file), png);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void signIn() {
    open("/admin/sign-in");
    browser.manage().deleteAllCookies();
    open("/admin");
    assertThat(browser.getCurrentUrl()).endsWith("/admin/sign-in");
    browser.findElement(By.id("email")).sendKeys(ServerIT.ADMIN_EMAIL);
    browser.findElement(By.id("password")).sendKeys(ServerIT.ADMIN_PASSWORD);
    browser.findElement(By.id("submit")).click();
    wait(() -> browser.getCurrentUrl().endsWith("/admin"));
  }

  /** Clicks a button that posts a form and waits for the page that answers it. */
  private void submit(By button) {
    follow(browser.findElement(button));
  }

  /**
   * Clicks a link or button and waits until its page is gone: the next lookup must not find an
   * element of the page being replaced (under load, chromedriver then answered "Node with given id
   * does not belong to the document").
   */
  private void follow(WebElement clicked) {
    clicked.click();
    new WebDriverWait(browser, PATIENCE)
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(clicked));
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText().strip();
  }

  private void wait(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, PATIENCE).until(d -> condition.getAsBoolean());
  }

  /** Reloads the page until the condition holds on it. */
  private void awaitOnPage(String path, java.util.function.BooleanSupplier condition) {
    boolean held =
        TestJobs.await(
            PATIENCE,
            () -> {
              open(path);
              return condition.getAsBoolean();
            });
    assertThat(held).as("on " + path).isTrue();
  }

  private String upload(String filename) {
    byte[] unique = (TEXT + "\n" + UUID.randomUUID()).getBytes();
    Api.Response response =
        api.upload(
            "/api/v1/resumes",
            List.of(Uploads.file(filename, "text/plain", unique)),
            user.accessToken());
    assertThat(response.status()).as(response.raw().body()).isIn(200, 201);
    return response.body().get("id").asString();
  }

  private String statusOf(String resume) {
    return api.get("/api/v1/resumes/" + resume, user.accessToken()).body().get("status").asString();
  }

  private void awaitResume(String resume, String status) {
    assertThat(TestJobs.await(PATIENCE, () -> status.equals(statusOf(resume))))
        .as("resume reaches " + status)
        .isTrue();
  }

  private UUID jobOf(String resume) {
    return jdbc.sql("select id from parse_jobs where resume_id = :id")
        .param("id", UUID.fromString(resume))
        .query(UUID.class)
        .single();
  }
}
