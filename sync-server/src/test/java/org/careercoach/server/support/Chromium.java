package org.careercoach.server.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) for tests of web
 * pages. Where it is not installed the test is skipped with a message, unless {@code
 * COACH_REQUIRE_ALL=1}, under which it fails.
 */
public final class Chromium {

  private static final List<String> BROWSERS =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final List<String> DRIVERS =
      List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  private Chromium() {}

  public static ChromeDriver start() {
    Optional<Path> browser = first(BROWSERS);
    Optional<Path> driver = first(DRIVERS);
    if (browser.isEmpty() || driver.isEmpty()) {
      String why =
          "Chromium and chromedriver are needed (Debian: apt-get install chromium chromium-driver)";
      if ("1".equals(System.getenv("COACH_REQUIRE_ALL"))) {
        fail(why + "; COACH_REQUIRE_ALL=1 forbids skipping");
      }
      assumeTrue(false, "skipped: " + why);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.get().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1000,800",
        "--user-data-dir=" + tempProfile());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile()).build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    return chrome;
  }

  private static Optional<Path> first(List<String> candidates) {
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  private static String tempProfile() {
    try {
      return Files.createTempDirectory("coach-chromium").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
