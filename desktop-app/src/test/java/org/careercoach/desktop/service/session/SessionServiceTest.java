package org.careercoach.desktop.service.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.careercoach.desktop.service.HttpClients;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.ServerStatus;
import org.careercoach.desktop.service.account.Accounts;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.connectivity.ConnectivityService;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.careercoach.desktop.service.secrets.SecretStore;
import org.careercoach.desktop.service.secrets.SecretStoreException;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.service.settings.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's session as a plain service (no toolkit), against a server played by MockWebServer and a
 * keychain that works until the test breaks it.
 */
class SessionServiceTest {

  private static final String PROFILE =
      "{\"id\":\"7d5e2a1c-0000-4000-8000-000000000001\",\"email\":\"ana@example.com\","
          + "\"name\":\"Ana\",\"roles\":[\"USER\"],\"emailVerified\":true}";

  @TempDir Path dataDir;
  private final MockWebServer server = new MockWebServer();
  private final BreakableKeychain keychain = new BreakableKeychain();
  private final SameThreadExecutor executor = new SameThreadExecutor();
  private final List<String> signedOutNotices = new ArrayList<>();
  private final List<SessionState> seen = new ArrayList<>();
  private ServerAddress address;
  private SettingsService settings;
  private Accounts accounts;
  private ConnectivityService connectivity;
  private SessionService session;

  @BeforeEach
  void start() throws IOException {
    server.start();
    address = ServerAddress.parse(server.url("/").toString());
    settings = new SettingsService(new SettingsStore(dataDir));
    accounts = new Accounts(HttpClients::create, () -> keychain, address, Clock.systemUTC());
    connectivity =
        new ConnectivityService(executor, ServerStatus::up, address::toString, new Random());
    session = new SessionService(executor, accounts, settings, connectivity);
    session.onSignedOut(signedOutNotices::add);
    session.state().subscribe(seen::add);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void withNothingKeptItIsSignedOutAndSaysWhereTheSignInWillBeKept() {
    assertThat(session.state().get().phase()).isEqualTo(SessionState.Phase.SIGNED_OUT);

    session.start();

    SessionState opened = session.state().get();
    assertThat(opened.signedIn()).isFalse();
    assertThat(opened.server()).isEqualTo(address);
    assertThat(opened.keychain().persistent()).isTrue();
    assertThat(opened.keychain().status()).contains("kept in this computer's keychain");
    assertThat(connectivity.state().get().online()).as("the server was checked").isTrue();
  }

  @Test
  void aKeptSignInIsResumedAndTheAccountLoaded() throws Exception {
    keychain.write(secretName(), "r1");
    server.enqueue(json(200, tokens("a1", "r2")));
    server.enqueue(json(200, PROFILE));

    session.start();

    SessionState now = session.state().get();
    assertThat(now.signedIn()).isTrue();
    assertThat(now.user().name()).isEqualTo("Ana");
    assertThat(now.profile()).isEqualTo(SessionState.Profile.LOADED);
    assertThat(seen)
        .extracting(SessionState::profile)
        .contains(SessionState.Profile.LOADING, SessionState.Profile.LOADED);
    assertThat(settings.current().signedInTo()).isEqualTo(address.toString());
  }

  @Test
  void aKeptSignInTheServerRefusesEndsWithTheReasonAndLeavesNothingKept() throws Exception {
    keychain.write(secretName(), "r1");
    server.enqueue(json(401, "{\"title\":\"Unauthorized\",\"status\":401}"));

    session.start();

    assertThat(session.state().get().signedIn()).isFalse();
    assertThat(signedOutNotices).singleElement().asString().contains("Please sign in again");
    assertThat(keychain.read(secretName())).isEmpty();
    assertThat(settings.current().signedInTo()).isEmpty();
  }

  @Test
  void offlineAtStartStaysSignedInAndTellsTheConnectivityService() throws Exception {
    keychain.write(secretName(), "r1");
    server.close();

    session.start();

    assertThat(session.state().get().signedIn()).isTrue();
    assertThat(session.state().get().profile()).isEqualTo(SessionState.Profile.UNREACHABLE);
    assertThat(connectivity.state().get().online()).isFalse();
    assertThat(connectivity.state().get().reason()).isNotEmpty();
  }

  /**
   * The server has rotated the refresh token, and the keychain fails to keep the new one: the old
   * one is dead (presenting it again would end the session as a theft), so the new one is the only
   * way to stay signed in. The session goes on with it in memory, nothing stale is left in the
   * keychain, and the state says (for Settings) that this sign-in will not be kept.
   */
  @Test
  void aKeychainThatFailsDuringARotationKeepsTheSessionInMemoryAndSaysSo() throws Exception {
    keychain.write(secretName(), "r1");
    keychain.failWritesOf("refresh-token "); // the probe at start still works
    server.enqueue(json(200, tokens("a1", "r2")));
    server.enqueue(json(200, PROFILE));

    session.start(); // loading the profile rotates r1 into r2, which the keychain fails to keep

    SessionState now = session.state().get();
    assertThat(now.signedIn()).as("not signed out silently").isTrue();
    assertThat(now.user().name()).isEqualTo("Ana");
    assertThat(now.keychain().persistent()).isFalse();
    assertThat(now.keychain().status())
        .contains("keychain stopped working")
        .contains("you will sign in again next time");
    assertThat(now.keychain().details()).contains("the keychain is locked");
    assertThat(keychain.read(secretName())).as("the rotated-away token is not kept").isEmpty();
    assertThat(settings.current().signedInTo()).isEmpty();
    assertThat(server.takeRequest().getBody().utf8()).contains("\"r1\"");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer a1");

    // The new token, kept in memory, is the one the next refresh presents.
    server.enqueue(json(401, "{\"title\":\"Unauthorized\",\"status\":401}"));
    server.enqueue(json(200, tokens("a3", "r3")));
    server.enqueue(json(200, PROFILE));
    accounts.current().profile();
    server.takeRequest(); // the 401
    RecordedRequest refresh = server.takeRequest();
    assertThat(refresh.getUrl().encodedPath()).isEqualTo("/api/v1/auth/refresh");
    assertThat(refresh.getBody().utf8()).contains("\"r2\"");
    assertThat(keychain.read(secretName())).as("memory only until the app restarts").isEmpty();
    assertThat(session.state().get().signedIn()).isTrue();
  }

  private String secretName() {
    return "refresh-token " + address;
  }

  private static String tokens(String access, String refresh) {
    return "{\"accessToken\":\""
        + access
        + "\",\"refreshToken\":\""
        + refresh
        + "\",\"tokenType\":\"Bearer\",\"expiresIn\":900}";
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", status < 400 ? "application/json" : "application/problem+json")
        .body(body)
        .build();
  }

  /** A keychain that keeps secrets until its writes start failing, as a locked one's do. */
  static final class BreakableKeychain implements SecretStore {
    private final MemorySecretStore secrets = new MemorySecretStore();
    private volatile String failing;

    void failWritesOf(String prefix) {
      failing = prefix;
    }

    @Override
    public Optional<String> read(String name) throws SecretStoreException {
      return secrets.read(name);
    }

    @Override
    public void write(String name, String secret) throws SecretStoreException {
      if (failing != null && name.startsWith(failing)) {
        throw new SecretStoreException("the keychain is locked", null);
      }
      secrets.write(name, secret);
    }

    @Override
    public void delete(String name) throws SecretStoreException {
      secrets.delete(name);
    }

    @Override
    public boolean persistent() {
      return true;
    }
  }
}
