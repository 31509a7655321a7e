package org.careercoach.desktop.service.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.careercoach.desktop.service.HttpClients;
import org.careercoach.desktop.service.account.Accounts;
import org.careercoach.desktop.support.SyncServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The keychain for real: the Secret Service of a Linux desktop (gnome-keyring, unlocked inside
 * {@code dbus-run-session}; {@code .ci/run} sets it up). Where none can be reached the keychain
 * tests skip with the reason, unless {@code COACH_REQUIRE_ALL=1}, where they fail. The fallback
 * test needs nothing: it takes the keychain away.
 */
class KeychainSecretStoreIT {

  private final String name = "test-secret " + UUID.randomUUID();
  private KeychainSecretStore.Opener opener;
  private SecretStore keychain;

  @BeforeEach
  void openTheKeychain() {
    opener = new KeychainSecretStore.Opener();
  }

  @AfterEach
  void cleanUp() throws Exception {
    if (keychain != null) {
      keychain.delete(name);
    }
    opener.close();
  }

  @Test
  void aSecretWrittenIsReadBackByTheNextRunRotatedAndDeleted() throws Exception {
    keychain = requireKeychain();
    String secret = "rt-" + UUID.randomUUID() + " ünïcode ✓";

    keychain.write(name, secret);

    try (KeychainSecretStore.Opener nextRun = new KeychainSecretStore.Opener()) {
      SecretStore again = nextRun.open();
      assertThat(again.read(name)).contains(secret);
      again.write(name, "rotated");
    }
    assertThat(keychain.read(name)).contains("rotated");
    keychain.delete(name);
    assertThat(keychain.read(name)).isEmpty();
    keychain.delete(name);
  }

  @Test
  void aSecretThatWasNeverWrittenIsAbsentNotAnError() throws Exception {
    keychain = requireKeychain();

    assertThat(keychain.read("never written " + UUID.randomUUID())).isEmpty();
  }

  @Test
  void aSignInKeptInTheKeychainOpensTheNextRunWithoutAPassword() throws Exception {
    keychain = requireKeychain();
    SyncServer server = SyncServer.shared();
    Accounts firstRun =
        new Accounts(HttpClients::create, opener::open, server.address(), Clock.systemUTC());
    firstRun.open();
    String email = SyncServer.uniqueEmail("keychain");
    firstRun.current().createAccount("Kim", email, "kept in the keychain");

    try (KeychainSecretStore.Opener nextRunKeychain = new KeychainSecretStore.Opener()) {
      Accounts nextRun =
          new Accounts(
              HttpClients::create, nextRunKeychain::open, server.address(), Clock.systemUTC());
      Accounts.Opened opened = nextRun.open();

      assertThat(opened.resumed()).isTrue();
      assertThat(opened.keychainPersistent()).isTrue();
      assertThat(nextRun.current().profile().email()).isEqualTo(email);
      nextRun.current().signOut();
    }
    assertThat(keychain.read("refresh-token " + server.address())).isEmpty();
  }

  @Test
  void withNoKeychainToReachTheAppKeepsSecretsInMemoryAndSaysSo() throws Exception {
    ProcessBuilder probe =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            KeychainProbeMain.class.getName());
    probe.environment().put("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/coach-no-bus");
    probe.environment().remove("DISPLAY");
    probe.redirectErrorStream(true);

    Process process = probe.start();
    boolean ended = process.waitFor(60, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(ended).as("the probe never hangs the app").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("persistent=false")
        .contains(
            "status=No keychain service (such as GNOME Keyring or KWallet) is running on this"
                + " computer.")
        .contains("you will sign in again next time")
        .containsPattern("details=.*Exception");
  }

  /** The real keychain, or a skip (a failure under COACH_REQUIRE_ALL=1) with the reason. */
  private SecretStore requireKeychain() throws IOException {
    SecretStores.Choice choice = SecretStores.choose(opener::open);
    if (!choice.persistent()) {
      String why =
          "No Secret Service keychain here ("
              + choice.status()
              + "). Run inside dbus-run-session with gnome-keyring unlocked, as .ci/run does.";
      if ("1".equals(System.getenv("COACH_REQUIRE_ALL"))) {
        throw new AssertionError(why);
      }
      Assumptions.abort(why);
    }
    return choice.store();
  }
}
