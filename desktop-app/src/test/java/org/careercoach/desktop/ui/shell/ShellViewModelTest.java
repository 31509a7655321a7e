package org.careercoach.desktop.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.careercoach.desktop.service.HttpClients;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.ServerStatus;
import org.careercoach.desktop.service.account.Accounts;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.connectivity.ConnectivityService;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.careercoach.desktop.service.session.SessionService;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.service.settings.SettingsStore;
import org.careercoach.desktop.ui.home.HomeViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window follows the session service (and navigates), without a toolkit, against a server
 * played by MockWebServer.
 */
class ShellViewModelTest {

  private static final String PROFILE =
      "{\"id\":\"7d5e2a1c-0000-4000-8000-000000000001\",\"email\":\"ana@example.com\","
          + "\"name\":\"Ana\",\"roles\":[\"USER\"],\"emailVerified\":true}";
  private static final String TOKENS =
      "{\"accessToken\":\"a1\",\"refreshToken\":\"r2\",\"tokenType\":\"Bearer\",\"expiresIn\":900}";

  @TempDir java.nio.file.Path dataDir;
  private final MockWebServer server = new MockWebServer();
  private final MemorySecretStore keychain = new MemorySecretStore();
  private final SameThreadExecutor executor = new SameThreadExecutor();
  private final List<String> notices = new ArrayList<>();
  private Accounts accounts;
  private SessionService session;
  private ShellViewModel shell;

  @BeforeEach
  void start() throws IOException {
    server.start();
    ServerAddress address = ServerAddress.parse(server.url("/").toString());
    accounts = new Accounts(HttpClients::create, () -> keychain, address, Clock.systemUTC());
    shell = shellOver(new SettingsService(new SettingsStore(dataDir)));
    session.onSignedOut(notices::add);
  }

  private ShellViewModel shellOver(SettingsService settings) {
    ConnectivityService connectivity =
        new ConnectivityService(executor, ServerStatus::up, () -> "", new Random());
    session = new SessionService(executor, accounts, settings, connectivity);
    return new ShellViewModel(executor, session, new ConnectionViewModel(executor, connectivity));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void withNoKeptSignInItOpensOnTheLocalDraftsWithSignInOneStepAway() {
    shell.start();

    assertThat(shell.screenProperty().get()).isEqualTo(Screen.DRAFTS);
    shell.signIn();
    assertThat(shell.screenProperty().get()).isEqualTo(Screen.SIGN_IN);
    assertThat(shell.signedInProperty().get()).isFalse();
    assertThat(session.state().get().keychain().status()).isNotEmpty();
  }

  @Test
  void aKeptSignInOpensOnTheAccountsDrafts() throws Exception {
    keychain.write("refresh-token " + ServerAddress.parse(server.url("/").toString()), "r1");
    server.enqueue(json(200, TOKENS));
    server.enqueue(json(200, PROFILE));

    shell.start();

    assertThat(shell.screenProperty().get()).isEqualTo(Screen.DRAFTS);
    assertThat(shell.signedInProperty().get()).isTrue();
    assertThat(shell.userProperty().get().name()).isEqualTo("Ana");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/v1/auth/refresh");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer a1");
  }

  @Test
  void aKeptSignInTheServerRefusesOpensTheLocalDraftsWithTheReason() throws Exception {
    keychain.write("refresh-token " + ServerAddress.parse(server.url("/").toString()), "r1");
    server.enqueue(json(401, "{\"title\":\"Unauthorized\",\"status\":401}"));

    shell.start();

    assertThat(shell.screenProperty().get()).isEqualTo(Screen.DRAFTS);
    assertThat(shell.signedInProperty().get()).isFalse();
    assertThat(notices).singleElement().asString().contains("Please sign in again");
    assertThat(shell.noticeProperty().get()).contains("Please sign in again");
    assertThat(keychain.read("refresh-token " + ServerAddress.parse(server.url("/").toString())))
        .isEmpty();
  }

  @Test
  void offlineAtStartKeepsTheUserSignedInAndSaysSo() throws Exception {
    keychain.write("refresh-token " + ServerAddress.parse(server.url("/").toString()), "r1");
    server.close();

    shell.start();

    assertThat(shell.screenProperty().get()).isEqualTo(Screen.DRAFTS);
    assertThat(shell.signedInProperty().get()).isTrue();
    assertThat(new HomeViewModel(executor, session, null).accountNoteProperty().get())
        .contains("when the server can be reached");
  }

  @Test
  void opensOnTheDraftsAtOnceUnlessASignInIsKeptForThisServer() throws Exception {
    assertThat(shell.screenProperty().get()).as("nothing kept").isEqualTo(Screen.DRAFTS);

    SettingsService remembered = new SettingsService(new SettingsStore(dataDir));
    remembered.update(s -> s.withSignedInTo(accounts.server().toString()));
    ShellViewModel next = shellOver(remembered);

    assertThat(next.screenProperty().get()).as("waits for the keychain").isEqualTo(Screen.STARTING);
  }

  @Test
  void signingInShowsTheDraftsAndAnySignOutReturnsToTheLocalDraftsWithoutHistory() {
    shell.start();
    shell.signIn();
    shell.show(Screen.CREATE_ACCOUNT);

    session.signedIn(
        new org.careercoach.model.api.UserProfile(
            java.util.UUID.randomUUID(), "ana@example.com", "Ana", java.util.Set.of(), true));
    assertThat(shell.screenProperty().get()).isEqualTo(Screen.DRAFTS);
    assertThat(shell.userProperty().get().name()).isEqualTo("Ana");
    shell.show(Screen.HOME);
    shell.show(Screen.SETTINGS);

    session.signedOut("You are signed out.");
    assertThat(shell.screenProperty().get()).isEqualTo(Screen.DRAFTS);
    assertThat(shell.signedInProperty().get()).isFalse();
    assertThat(shell.noticeProperty().get()).isEqualTo("You are signed out.");
    shell.back();
    assertThat(shell.screenProperty().get())
        .as("no way back into the account")
        .isEqualTo(Screen.DRAFTS);
    shell.signIn();
    assertThat(shell.screenProperty().get()).isEqualTo(Screen.SIGN_IN);
    assertThat(shell.noticeProperty().get()).as("said once, on the way in").isEmpty();
  }

  @Test
  void signingInFromTheResumeFilesInvitationReturnsToTheResumeFiles() {
    shell.start();
    shell.show(Screen.RESUME_FILES);
    shell.signIn();
    shell.show(Screen.CREATE_ACCOUNT);

    session.signedIn(
        new org.careercoach.model.api.UserProfile(
            java.util.UUID.randomUUID(), "ana@example.com", "Ana", java.util.Set.of(), true));

    assertThat(shell.screenProperty().get()).isEqualTo(Screen.RESUME_FILES);
    shell.back();
    assertThat(shell.screenProperty().get()).as("no history from before").isEqualTo(Screen.DRAFTS);
  }

  @Test
  void aSignOutOnTheWayInGoesOnToSignIn() {
    shell.start();
    shell.signIn();
    shell.show(Screen.FORGOT_PASSWORD);

    session.signedOut("Your password is changed. Sign in with the new one.");

    assertThat(shell.screenProperty().get()).isEqualTo(Screen.SIGN_IN);
    assertThat(shell.noticeProperty().get()).as("Sign in shows it").isEmpty();
    shell.back();
    assertThat(shell.screenProperty().get()).isEqualTo(Screen.DRAFTS);
  }

  @Test
  void backReturnsWhereTheUserCameFrom() {
    shell.start();
    shell.signIn();
    shell.show(Screen.CREATE_ACCOUNT);
    shell.show(Screen.SETTINGS);

    shell.back();
    assertThat(shell.screenProperty().get()).isEqualTo(Screen.CREATE_ACCOUNT);
    shell.back();
    assertThat(shell.screenProperty().get()).isEqualTo(Screen.SIGN_IN);
    shell.back();
    assertThat(shell.screenProperty().get()).isEqualTo(Screen.DRAFTS);
    shell.back();
    assertThat(shell.screenProperty().get()).isEqualTo(Screen.DRAFTS);
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", status < 400 ? "application/json" : "application/problem+json")
        .body(body)
        .build();
  }
}
