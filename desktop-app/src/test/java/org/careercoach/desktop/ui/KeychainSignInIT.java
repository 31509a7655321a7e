package org.careercoach.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careercoach.desktop.app.Desktop;
import org.careercoach.desktop.app.DesktopConfig;
import org.careercoach.desktop.service.secrets.KeychainSecretStore;
import org.careercoach.desktop.service.secrets.SecretStore;
import org.careercoach.desktop.service.secrets.SecretStoreException;
import org.careercoach.desktop.service.secrets.SecretStores;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.service.settings.SettingsStore;
import org.careercoach.desktop.support.SyncServer;
import org.careercoach.desktop.ui.common.FxTaskExecutor;
import org.careercoach.desktop.ui.shell.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sign-in screens with the real keychain (gnome-keyring inside {@code dbus-run-session}, as
 * {@code .ci/with-keyring} sets it up) and the real server, whose access tokens live 3 seconds so
 * rotations come quickly. Without a keychain the tests skip with the reason, unless {@code
 * COACH_REQUIRE_ALL=1}, where they fail.
 */
class KeychainSignInIT {

  private static final String PASSWORD = "correct horse battery";
  private static SyncServer server;

  private final FxRobot robot = new FxRobot();
  private final FailingKeychain keychain = new FailingKeychain();
  private KeychainSecretStore.Opener opener;
  private FxTaskExecutor executor;
  private Desktop desktop;
  private Path dataDir;
  private String email;

  @BeforeAll
  static void startServer() throws Exception {
    server = SyncServer.shared();
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void requireTheKeychain() throws Exception {
    opener = new KeychainSecretStore.Opener();
    SecretStores.Choice choice = SecretStores.choose(opener::open);
    if (!choice.persistent()) {
      String why =
          "No Secret Service keychain here ("
              + choice.details()
              + "). Run inside .ci/with-keyring (gnome-keyring in dbus-run-session), as .ci/run"
              + " does.";
      opener.close();
      if ("1".equals(System.getenv("COACH_REQUIRE_ALL"))) {
        throw new AssertionError(why);
      }
      Assumptions.abort(why);
    }
    keychain.real = choice.store();
    dataDir = Files.createTempDirectory("coach-desktop-keychain-it");
  }

  @AfterEach
  void cleanUp() throws Exception {
    closeWindow();
    if (keychain.real != null && email != null) {
      keychain.real.delete(secretName());
      keychain.real.delete(
          "device-token " + server.address() + " " + email.toLowerCase(Locale.ROOT));
    }
    if (opener != null) {
      opener.close();
    }
  }

  @Test
  void signingInThroughTheScreensKeepsTheSignInInTheKeychainForTheNextWindow() throws Exception {
    email = SyncServer.uniqueEmail("keychain");
    server.register(email, PASSWORD, "Kira");
    open();
    signIn();
    robot.clickOn("#open-settings");
    assertThat(text("#settings-keychain")).contains("kept in this computer's keychain");
    closeWindow();

    String kept;
    try (KeychainSecretStore.Opener nextRun = new KeychainSecretStore.Opener()) {
      kept = nextRun.open().read(secretName()).orElseThrow();
    }
    assertThat(filesUnder(dataDir)).noneMatch(content -> content.contains(kept));

    opener.close();
    opener = new KeychainSecretStore.Opener(); // a new run: a new connection to the keychain
    keychain.real = opener.open();
    open();
    waitForScreen(Screen.DRAFTS);
    waitUntil(() -> desktop.shell().signedInProperty().get());
    robot.clickOn("#nav-account");
    waitForScreen(Screen.HOME);
    waitUntil(() -> text("#home-greeting").equals("Welcome, Kira"));
    assertThat(robot.lookup("#signin-password").tryQuery()).as("no password asked").isEmpty();
  }

  /**
   * The keychain fails to keep the token the server has just rotated in: the old one is dead, so
   * the app keeps the new one in memory and goes on, and Settings says the sign-in will not be
   * kept.
   */
  @Test
  void aKeychainThatFailsDuringARotationKeepsTheSessionAndSaysSoInSettings() throws Exception {
    email = SyncServer.uniqueEmail("rotation");
    server.register(email, PASSWORD, "Rhea");
    open();
    signIn();
    assertThat(keychain.real.read(secretName())).isPresent();

    keychain.failRefreshTokenWrites = true;
    int before = desktop.accounts().current().session().refreshCount();
    // The 3-second access token goes stale; the next request rotates the refresh token.
    waitUntil(
        () -> {
          try {
            desktop.accounts().current().profile();
          } catch (Exception e) {
            throw new AssertionError("the session must go on", e);
          }
          return desktop.accounts().current().session().refreshCount() > before;
        });

    robot.clickOn("#open-settings");
    waitForScreen(Screen.SETTINGS);
    waitUntil(() -> text("#settings-keychain").contains("keychain stopped working"));
    assertThat(text("#settings-keychain")).contains("you will sign in again next time");
    assertThat(keychain.real.read(secretName())).as("no rotated-away token kept").isEmpty();
    assertThat(desktop.shell().signedInProperty().get()).isTrue();
    assertThat(desktop.accounts().current().profile().email()).isEqualToIgnoringCase(email);
    assertThat(robot.lookup("#settings-sign-out").tryQuery()).isPresent();
  }

  private void open() throws Exception {
    executor = new FxTaskExecutor(4);
    DesktopConfig config = new DesktopConfig("", dataDir);
    SettingsService settings = new SettingsService(new SettingsStore(dataDir));
    settings.update(chosen -> chosen.withServerUrl(server.address().toString()));
    FxToolkit.setupStage(
        (Stage stage) -> {
          desktop = Desktop.assemble(config, settings, () -> keychain, executor, Clock.systemUTC());
          stage.setScene(desktop.scene());
          stage.show();
        });
    waitUntil(() -> desktop.shell().screenProperty().get() != Screen.STARTING);
  }

  private void closeWindow() throws Exception {
    FxToolkit.cleanupStages();
    if (desktop != null) {
      desktop.sync().close(); // as the app does at exit: no pass goes on into the next test
      desktop.files().close();
    }
    if (executor != null) {
      executor.close();
      executor = null;
    }
  }

  private void signIn() throws Exception {
    robot.clickOn("#nav-sign-in"); // the app opens on the local drafts
    waitForScreen(Screen.SIGN_IN);
    robot.clickOn("#signin-email").push(KeyCode.CONTROL, KeyCode.A).write(email, 0);
    robot.clickOn("#signin-password").write(PASSWORD, 0).type(KeyCode.ENTER);
    waitForScreen(Screen.DRAFTS);
    waitUntil(() -> desktop.shell().signedInProperty().get());
  }

  private String secretName() {
    return "refresh-token " + server.address();
  }

  private String text(String id) {
    return ((Labeled) robot.lookup(id).query()).getText();
  }

  private void waitForScreen(Screen screen) throws Exception {
    waitUntil(() -> desktop.shell().screenProperty().get() == screen);
  }

  private static void waitUntil(Supplier<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::get);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static java.util.List<String> filesUnder(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      java.util.List<String> contents = new java.util.ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        contents.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
      assertThat(contents).as("the app wrote its settings").isNotEmpty();
      return contents;
    }
  }

  /** The real keychain, whose writes of refresh tokens fail once the test says so. */
  static final class FailingKeychain implements SecretStore {
    volatile SecretStore real;
    volatile boolean failRefreshTokenWrites;

    @Override
    public Optional<String> read(String name) throws SecretStoreException {
      return real.read(name);
    }

    @Override
    public void write(String name, String secret) throws SecretStoreException {
      if (failRefreshTokenWrites && name.startsWith("refresh-token ")) {
        throw new SecretStoreException("the keychain was locked during the rotation", null);
      }
      real.write(name, secret);
    }

    @Override
    public void delete(String name) throws SecretStoreException {
      real.delete(name);
    }

    @Override
    public boolean persistent() {
      return real.persistent();
    }
  }
}
