package org.careercoach.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careercoach.desktop.app.Desktop;
import org.careercoach.desktop.app.DesktopConfig;
import org.careercoach.desktop.service.account.SessionEndedException;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.careercoach.desktop.service.secrets.SecretStore;
import org.careercoach.desktop.service.secrets.SecretStoreException;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.service.settings.SettingsStore;
import org.careercoach.desktop.support.SyncServer;
import org.careercoach.desktop.ui.common.FxTaskExecutor;
import org.careercoach.desktop.ui.shell.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real screens, driven by keyboard and mouse (headless, on Monocle), against the real sync
 * server: the window a user gets, wired as {@link Desktop} wires it, with the keychain swapped for
 * one in memory that outlives a window, as the OS keychain outlives the app.
 */
class AccountScreensIT {

  private static final String PASSWORD = "correct horse battery";
  private static SyncServer server;

  private final FxRobot robot = new FxRobot();
  private final MemorySecretStore keychain = new MemorySecretStore();
  private FxTaskExecutor executor;
  private Desktop desktop;
  private Path dataDir;

  @BeforeAll
  static void startServer() throws Exception {
    server = SyncServer.shared();
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void dataFolder() throws Exception {
    dataDir = Files.createTempDirectory("coach-desktop-it");
  }

  @AfterEach
  void closeWindow() throws Exception {
    FxToolkit.cleanupStages();
    if (desktop != null) {
      desktop.sync().close(); // as the app does at exit: no pass goes on into the next test
      desktop.files().close();
    }
    if (executor != null) {
      executor.close();
    }
  }

  @Test
  void emptyOrMistypedFieldsAreFlaggedBesideThemBeforeAnythingIsSent() throws Exception {
    open(() -> keychain);
    toSignIn();

    robot.clickOn("#signin-submit");

    assertThat(text("#signin-email-error")).isEqualTo("Enter your email address.");
    assertThat(text("#signin-password-error")).isEqualTo("Enter your password.");
    robot.clickOn("#signin-email").write("ana.example.com", 0);
    robot.type(KeyCode.ENTER);
    assertThat(text("#signin-email-error")).contains("doesn't look like an email address");
    assertThat(desktop.shell().screenProperty().get()).isEqualTo(Screen.SIGN_IN);
  }

  @Test
  void aWrongPasswordIsRefusedInWordsAndTheRightOneSignsIn() throws Exception {
    String email = SyncServer.uniqueEmail("ana");
    server.register(email, PASSWORD, "Ana Lima");
    open(() -> keychain);

    signIn(email, "not the password");
    waitUntil(() -> !text("#signin-error").isEmpty());
    assertThat(text("#signin-error")).isEqualTo("The email or password is wrong.");

    selectAll("#signin-password").write(PASSWORD, 0).type(KeyCode.ENTER);
    waitForScreen(Screen.DRAFTS);
    openAccount();
    waitUntil(() -> text("#home-greeting").equals("Welcome, Ana Lima"));
    assertThat(text("#header-user")).contains(email);
  }

  @Test
  void createAnAccountThenTheSameEmailIsRefusedWithTheServersReason() throws Exception {
    String email = SyncServer.uniqueEmail("new");
    open(() -> keychain);
    toSignIn();
    robot.clickOn("#signin-create");
    waitForScreen(Screen.CREATE_ACCOUNT);
    robot.clickOn("#create-name").write("Nadia Costa", 0);
    robot.clickOn("#create-email").write(email, 0);
    robot.clickOn("#create-password").write(PASSWORD, 0);
    robot.clickOn("#create-repeat").write("something else entirely", 0);
    robot.type(KeyCode.ENTER);
    assertThat(text("#create-repeat-error")).isEqualTo("The two passwords are not the same.");

    selectAll("#create-repeat").write(PASSWORD, 0).type(KeyCode.ENTER);
    waitForScreen(Screen.DRAFTS);
    openAccount();
    waitUntil(() -> text("#home-greeting").equals("Welcome, Nadia Costa"));
    assertThat(text("#home-verify")).contains("confirm your email");

    signOutFromSettings();
    toSignIn();
    robot.clickOn("#signin-create");
    robot.clickOn("#create-name").write("Someone Else", 0);
    robot.clickOn("#create-email").write(email, 0);
    robot.clickOn("#create-password").write(PASSWORD, 0);
    robot.clickOn("#create-repeat").write(PASSWORD, 0);
    robot.type(KeyCode.ENTER);
    waitUntil(() -> !text("#create-error").isEmpty());
    assertThat(text("#create-error")).contains("An account with this email exists");
    robot.type(KeyCode.ESCAPE);
    waitForScreen(Screen.SIGN_IN);
  }

  @Test
  void aPasswordIsResetWithTheLinkPastedFromTheEmail() throws Exception {
    String email = SyncServer.uniqueEmail("forgetful");
    server.register(email, PASSWORD, "Fern");
    open(() -> keychain);
    toSignIn();

    robot.clickOn("#signin-forgot");
    waitForScreen(Screen.FORGOT_PASSWORD);
    robot.clickOn("#reset-email").write(email, 0).type(KeyCode.ENTER);
    waitUntil(() -> text("#reset-notice").contains("is on its way"));
    String link = server.mailedResetLink(email);
    paste("#reset-code", link);
    robot.clickOn("#reset-password").write("short", 0);
    robot.type(KeyCode.ENTER);
    assertThat(text("#reset-password-error")).contains("at least 10 characters");
    selectAll("#reset-password").write("a brand new passphrase", 0);
    robot.clickOn("#reset-repeat").write("a brand new passphrase", 0).type(KeyCode.ENTER);

    waitForScreen(Screen.SIGN_IN);
    waitUntil(() -> text("#signin-notice").contains("Your password is changed"));
    assertThat(robot.lookup("#signin-email").queryTextInputControl().getText()).isEqualTo(email);
    robot.write("a brand new passphrase", 0).type(KeyCode.ENTER);
    waitForScreen(Screen.DRAFTS);
  }

  @Test
  void signedInStaysSignedInInTheNextWindowUntilSignOut() throws Exception {
    String email = SyncServer.uniqueEmail("stays");
    server.register(email, PASSWORD, "Stella");
    open(() -> keychain);
    signInToHome(email);
    closeWindow();

    String refreshToken = keychain.read(secretName()).orElseThrow();
    assertThat(filesUnder(dataDir)).noneMatch(content -> content.contains(refreshToken));

    open(() -> keychain);
    waitForScreen(Screen.DRAFTS);
    openAccount();
    waitUntil(() -> text("#home-greeting").equals("Welcome, Stella"));

    signOutFromSettings();
    waitUntil(() -> text("#shell-notice").equals("You are signed out."));
    assertThat(keychain.read(secretName())).isEmpty();
    closeWindow();
    open(() -> keychain);
    waitForScreen(Screen.DRAFTS);
    toSignIn();
    assertThat(robot.lookup("#signin-email").queryTextInputControl().getText()).isEqualTo(email);
  }

  @Test
  void aSessionEndedOnAnotherComputerReturnsToSignInWithTheReason() throws Exception {
    String email = SyncServer.uniqueEmail("elsewhere");
    server.register(email, PASSWORD, "Elsa");
    open(() -> keychain);
    signInToHome(email);

    String otherComputer = server.signIn(email, PASSWORD).get("accessToken").asString();
    server.signOutEverywhere(otherComputer);
    // Any request the app makes next (here: the profile, from a background thread) finds out.
    assertThatThrownBy(() -> desktop.accounts().current().profile())
        .isInstanceOf(SessionEndedException.class);

    waitForScreen(Screen.DRAFTS);
    waitUntil(() -> text("#shell-notice").contains("Please sign in again"));
    assertThat(keychain.read(secretName())).isEmpty();
    robot.clickOn("#shell-notice-sign-in");
    waitForScreen(Screen.SIGN_IN);
    assertThat(text("#signin-notice")).contains("Please sign in again");
  }

  @Test
  void signOutEverywhereFromSettings() throws Exception {
    String email = SyncServer.uniqueEmail("everywhere");
    server.register(email, PASSWORD, "Eve");
    String otherComputer = server.signIn(email, PASSWORD).get("refreshToken").asString();
    open(() -> keychain);
    signInToHome(email);

    robot.clickOn("#open-settings");
    robot.clickOn("#settings-sign-out-everywhere");
    waitUntil(() -> robot.lookup("Sign out all devices").tryQuery().isPresent());
    robot.type(KeyCode.ESCAPE); // changed their mind
    assertThat(desktop.shell().screenProperty().get()).isEqualTo(Screen.SETTINGS);
    assertThat(server.refreshStatus(otherComputer)).as("nothing ended").isEqualTo(200);
    robot.clickOn("#settings-sign-out-everywhere");
    waitUntil(() -> robot.lookup("Sign out all devices").tryQuery().isPresent());
    robot.clickOn("Sign out all devices");

    waitForScreen(Screen.DRAFTS);
    waitUntil(() -> text("#shell-notice").equals("You are signed out on every device."));
    assertThat(server.refreshStatus(otherComputer)).isEqualTo(401);
  }

  @Test
  void withoutAKeychainTheAppSignsInAndSaysItWillForget() throws Exception {
    String email = SyncServer.uniqueEmail("nokeychain");
    server.register(email, PASSWORD, "Noor");
    open(
        () -> {
          throw new SecretStoreException(
              "the keychain refused to open: BackendNotSupportedException", null);
        });
    signInToHome(email);

    robot.clickOn("#open-settings");

    assertThat(text("#settings-keychain"))
        .startsWith("No keychain service (such as GNOME Keyring or KWallet) is running")
        .contains("you will sign in again next time")
        .doesNotContain("Exception");
    assertThat(robot.lookup("#settings-keychain-details").queryLabeled().isVisible()).isFalse();
    robot.clickOn("#settings-keychain-details-toggle");
    waitUntil(() -> robot.lookup("#settings-keychain-details").queryLabeled().isVisible());
    assertThat(text("#settings-keychain-details")).contains("BackendNotSupportedException");
    robot.type(KeyCode.ESCAPE);
    waitForScreen(Screen.DRAFTS);
  }

  @Test
  void eachServerKeepsItsOwnSignInWhenSwitchingInSettings() throws Exception {
    String email = SyncServer.uniqueEmail("switcher");
    server.register(email, PASSWORD, "Sami");
    open(() -> keychain);
    signInToHome(email);
    String sameServerByName = "localhost:" + server.address().url().port();

    useServer(sameServerByName);

    waitForScreen(Screen.DRAFTS);
    waitUntil(() -> text("#shell-notice").contains("You are now using http://" + sameServerByName));
    useServer(server.address().toString());
    waitUntil(() -> desktop.shell().signedInProperty().get());
    waitForScreen(Screen.DRAFTS);
    openAccount();
    waitUntil(() -> text("#home-greeting").equals("Welcome, Sami"));
  }

  private void useServer(String address) {
    robot.clickOn("#open-settings");
    selectAll("#settings-server").write(address, 0);
    robot.clickOn("#settings-server-save");
  }

  @Test
  void plainHttpToAnotherComputerIsRefusedInSettings() throws Exception {
    open(() -> keychain);
    robot.clickOn("#open-settings");

    selectAll("#settings-server").write("http://coach.example.com", 0);
    robot.clickOn("#settings-server-save");

    assertThat(text("#settings-server-error"))
        .contains("Plain HTTP is only allowed to this computer");
    assertThat(desktop.accounts().server()).isEqualTo(server.address());
  }

  private void open(Callable<SecretStore> keychainOpener) throws Exception {
    executor = new FxTaskExecutor(4);
    // The server chosen in Settings (COACH_SERVER_URL would lock the field).
    DesktopConfig config = new DesktopConfig("", dataDir);
    SettingsService settings = new SettingsService(new SettingsStore(dataDir));
    settings.update(chosen -> chosen.withServerUrl(server.address().toString()));
    FxToolkit.setupStage(
        (Stage stage) -> {
          desktop = Desktop.assemble(config, settings, keychainOpener, executor, Clock.systemUTC());
          stage.setScene(desktop.scene());
          stage.show();
        });
    waitUntil(() -> desktop.shell().screenProperty().get() != Screen.STARTING);
  }

  /** Clicks into a field and selects what it holds, so typing replaces it. */
  private FxRobot selectAll(String id) {
    robot.clickOn(id);
    return robot.push(KeyCode.CONTROL, KeyCode.A);
  }

  /** What a user does with a link from an email: copy, then paste into the field. */
  private void paste(String id, String text) {
    robot.interact(
        () -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(text);
          Clipboard.getSystemClipboard().setContent(content);
        });
    robot.clickOn(id).push(KeyCode.CONTROL, KeyCode.V);
    assertThat(robot.lookup(id).queryTextInputControl().getText()).isEqualTo(text);
  }

  private void signInToHome(String email) throws Exception {
    signIn(email, PASSWORD);
    waitForScreen(Screen.DRAFTS);
  }

  /** The app opens on the local drafts: Sign in is the sidebar's "Sign in to sync". */
  private void toSignIn() throws Exception {
    robot.clickOn("#nav-sign-in");
    waitForScreen(Screen.SIGN_IN);
  }

  /** The signed-in account's page (Home), from the sidebar. */
  private void openAccount() throws Exception {
    robot.clickOn("#nav-account");
    waitForScreen(Screen.HOME);
  }

  private void signIn(String email, String password) throws Exception {
    if (desktop.shell().screenProperty().get() != Screen.SIGN_IN) {
      toSignIn();
    }
    selectAll("#signin-email").write(email, 0);
    robot.clickOn("#signin-password").write(password, 0).type(KeyCode.ENTER);
  }

  private void signOutFromSettings() throws Exception {
    robot.clickOn("#open-settings");
    waitForScreen(Screen.SETTINGS);
    robot.clickOn("#settings-sign-out");
    waitForScreen(Screen.DRAFTS);
    waitUntil(() -> !desktop.shell().signedInProperty().get());
  }

  private static List<String> filesUnder(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      List<String> contents = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        contents.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
      assertThat(contents).as("the app wrote its settings").isNotEmpty();
      return contents;
    }
  }

  private String secretName() {
    return "refresh-token " + server.address();
  }

  private String text(String id) {
    Node node = robot.lookup(id).query();
    return ((Labeled) node).getText();
  }

  private void waitForScreen(Screen screen) throws Exception {
    waitUntil(() -> desktop.shell().screenProperty().get() == screen);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void waitUntil(Supplier<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::get);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
