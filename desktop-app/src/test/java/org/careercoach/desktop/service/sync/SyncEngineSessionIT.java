package org.careercoach.desktop.service.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.careercoach.desktop.service.HttpClients;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.account.AccountService;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.careercoach.desktop.service.session.Keychain;
import org.careercoach.desktop.service.session.SessionState;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.store.StoreService;
import org.careercoach.desktop.support.HeadlessDevice;
import org.careercoach.desktop.support.SyncServer;
import org.careercoach.model.api.UserProfile;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine follows the session: one account's drafts go to that account only; another account
 * signing in on the same computer syncs its own; nothing is synced while signed out.
 */
class SyncEngineSessionIT {

  private static final String PASSWORD = "a long enough passphrase";

  @TempDir Path dataDir;

  private static SessionState signedIn(SyncServer server, UserProfile who) {
    return new SessionState(
        SessionState.Phase.SIGNED_IN,
        server.address(),
        who,
        SessionState.Profile.LOADED,
        "",
        new Keychain("memory", "", false));
  }

  private static Resume resume() {
    return CoachJson.mapper().readValue("{\"basics\":{\"name\":\"Ada\"}}", Resume.class);
  }

  @Test
  void followsWhoIsSignedInAndStopsOnSignOut() throws Exception {
    SyncServer server = SyncServer.shared();
    String ann = SyncServer.uniqueEmail("ann");
    String bob = SyncServer.uniqueEmail("bob");
    server.register(ann, PASSWORD, "Ann");
    server.register(bob, PASSWORD, "Bob");
    Clock clock = Clock.systemUTC();
    AccountService annAccount =
        new AccountService(
            HttpClients.create(), server.address(), new MemorySecretStore(), clock, () -> "pc");
    AccountService bobAccount =
        new AccountService(
            HttpClients.create(), server.address(), new MemorySecretStore(), clock, () -> "pc");
    UserProfile annProfile = annAccount.signIn(ann, PASSWORD);
    UserProfile bobProfile = bobAccount.signIn(bob, PASSWORD);
    AtomicReference<AccountService> current = new AtomicReference<>(annAccount);
    ObservableState<SessionState> session = new ObservableState<>(signedIn(server, annProfile));
    StoreService profiles = new StoreService(dataDir, session, new SameThreadExecutor(), clock);
    try (SyncEngine engine =
        new SyncEngine(profiles, current::get, null, null, clock, SyncEngine.Options.MANUAL)) {
      engine.start();
      profiles.drafts().create("Ann's CV", resume());
      assertThat(engine.syncOnce().sent()).isEqualTo(1);

      current.set(bobAccount);
      session.set(signedIn(server, bobProfile));
      profiles.drafts().create("Bob's CV", resume());
      SyncReport bobs = engine.syncOnce();

      assertThat(bobs.sent()).isEqualTo(1);
      assertThat(bobs.received()).as("nothing of Ann's reaches Bob").isZero();
      assertThat(profiles.drafts().list(DraftSort.TITLE))
          .extracting(DraftSummary::title)
          .containsExactly("Bob's CV");
      try (HeadlessDevice annElsewhere =
          HeadlessDevice.signIn(server.address(), ann, PASSWORD, dataDir.resolve("other"), "x")) {
        annElsewhere.syncOnce();
        assertThat(annElsewhere.drafts().list(DraftSort.TITLE))
            .extracting(DraftSummary::title)
            .containsExactly("Ann's CV");
      }

      session.set(
          new SessionState(
              SessionState.Phase.SIGNED_OUT,
              server.address(),
              null,
              SessionState.Profile.NONE,
              "",
              new Keychain("memory", "", false)));
      profiles.drafts().create("Local only", resume());

      assertThatThrownBy(engine::syncOnce)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Nobody is signed in");
      assertThat(engine.status().get()).isEqualTo(SyncStatus.SIGNED_OUT);
    } finally {
      profiles.close();
    }
  }
}
