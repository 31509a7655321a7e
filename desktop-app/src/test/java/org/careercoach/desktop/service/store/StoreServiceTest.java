package org.careercoach.desktop.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.session.Keychain;
import org.careercoach.desktop.service.session.SessionState;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.careercoach.desktop.service.store.DraftStore.VersionReason;
import org.careercoach.desktop.service.store.Profiles.ProfileState;
import org.careercoach.desktop.support.TestClock;
import org.careercoach.model.api.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreServiceTest {

  private static final ServerAddress SERVER = ServerAddress.parse("https://coach.example.org");
  private static final UserProfile ADA =
      new UserProfile(UUID.randomUUID(), "ada@example.org", "Ada", Set.of(), true);
  private static final UserProfile BOB =
      new UserProfile(UUID.randomUUID(), "bob@example.org", "Bob", Set.of(), true);

  @TempDir Path dataDir;
  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00.123456Z"));
  private final SameThreadExecutor executor = new SameThreadExecutor();
  private final ObservableState<SessionState> session = new ObservableState<>(signedOut());
  private StoreService profiles;

  @AfterEach
  void close() {
    if (profiles != null) {
      profiles.close();
    }
  }

  private static SessionState signedOut() {
    return new SessionState(
        SessionState.Phase.SIGNED_OUT,
        SERVER,
        null,
        SessionState.Profile.NONE,
        "",
        new Keychain("", "", false));
  }

  private static SessionState signedIn(UserProfile user) {
    return new SessionState(
        SessionState.Phase.SIGNED_IN,
        SERVER,
        user,
        user == null ? SessionState.Profile.UNREACHABLE : SessionState.Profile.LOADED,
        "",
        new Keychain("", "", true));
  }

  private StoreService start() {
    profiles = new StoreService(dataDir, session, executor, clock);
    return profiles;
  }

  @Test
  void signedOutUsesTheLocalProfileAndSigningInSwitchesToTheAccountsOwnFile() {
    start();
    assertThat(profiles.state().get()).isEqualTo(new ProfileState(ProfileKey.LOCAL, true, ""));
    LocalDraft local = profiles.drafts().create("Local", Resumes.sample("Ada", "local"));

    session.set(signedIn(ADA));

    assertThat(profiles.state().get())
        .isEqualTo(new ProfileState(ProfileKey.account(SERVER.toString(), ADA.id()), true, ""));
    assertThat(profiles.drafts().list(DraftSort.TITLE)).isEmpty();
    assertThat(profiles.draftsToMoveFromLocalProfile()).isEqualTo(1);

    session.set(signedOut());
    assertThat(profiles.drafts().find(local.id())).isPresent();
    assertThat(profiles.draftsToMoveFromLocalProfile()).isZero();
  }

  @Test
  void twoAccountsNeverMixAndNoFolderNamesAnEmail() throws IOException {
    start();
    session.set(signedIn(ADA));
    LocalDraft adas = profiles.drafts().create("Ada's", Resumes.sample("Ada", "a"));
    session.set(signedIn(BOB));
    assertThat(profiles.drafts().find(adas.id())).isEmpty();
    profiles.drafts().create("Bob's", Resumes.sample("Bob", "b"));
    session.set(signedIn(ADA));
    assertThat(profiles.drafts().list(DraftSort.TITLE))
        .extracting(DraftSummary::title)
        .containsExactly("Ada's");

    try (Stream<Path> all = Files.walk(dataDir)) {
      List<String> names = all.map(p -> dataDir.relativize(p).toString()).toList();
      // The email (or its local part as a name) never names a file; the hashed folder names are
      // hex, so "ada" can only be caught where a whole path part reads like the address.
      assertThat(names).noneMatch(n -> n.contains("example.org") || n.matches("(?i).*\\bada\\b.*"));
      assertThat(names).filteredOn(n -> n.matches("profiles/account-[0-9a-f]{24}")).hasSize(2);
    }
  }

  @Test
  void theLocalDraftsMoveIntoTheAccountWithTheirHistoryAndSentCopies() {
    start();
    DraftStore local = profiles.drafts();
    LocalDraft one = local.create("One", Resumes.sample("Ada", "v1"));
    clock.advance(Duration.ofMinutes(10));
    local.save(one.id(), "One", Resumes.sample("Ada", "v2"));
    local.recordSent(
        one.id(), "Initech", "Engineer", java.time.LocalDate.of(2026, 3, 1), "Engineer\nJava");
    LocalDraft two = local.create("Two", Resumes.sample("Ada", "two"));
    local.moveToTrash(two.id());
    LocalDraft gone = local.create("Gone", Resumes.sample("Ada", "gone"));
    local.recordSent(
        gone.id(), "Globex", "Lead", java.time.LocalDate.of(2026, 2, 1), "Lead\nKotlin");
    local.deleteForever(gone.id());

    session.set(signedIn(ADA));
    assertThat(profiles.moveOffered()).isFalse();
    assertThat(profiles.draftsToMoveFromLocalProfile()).isEqualTo(2);
    assertThat(profiles.moveDraftsFromLocalProfile()).isEqualTo(2);
    profiles.markMoveOffered();

    DraftStore account = profiles.drafts();
    assertThat(account.find(one.id()).orElseThrow().resume().basics().summary()).isEqualTo("v2");
    assertThat(account.history(one.id()))
        .extracting(VersionInfo::reason)
        .containsExactly(
            VersionReason.MOVED_FROM_LOCAL_PROFILE, VersionReason.AUTOSAVE, VersionReason.AUTOSAVE);
    assertThat(account.trash()).extracting(DraftSummary::id).containsExactly(two.id());
    assertThat(account.applications())
        .extracting(SentCopy::company, SentCopy::job)
        .containsExactly(tuple("Initech", "Engineer\nJava"), tuple("Globex", "Lead\nKotlin"));
    assertThat(((Outbox) account).pendingChanges())
        .extracting(PendingChange::change)
        .containsOnly(PendingChange.Change.CREATE);
    assertThat(profiles.draftsToMoveFromLocalProfile()).isZero();

    session.set(signedOut());
    assertThat(profiles.drafts().applications()).isEmpty();
    session.set(signedIn(ADA));
    assertThat(profiles.moveOffered()).isTrue();
  }

  @Test
  void aMoveInterruptedAfterADraftReachedTheAccountFinishesWithoutACopy() {
    start();
    LocalDraft one = profiles.drafts().create("One", Resumes.sample("Ada", "1"));
    profiles.drafts().create("Two", Resumes.sample("Ada", "2"));
    session.set(signedIn(ADA));
    // As if the app died between storing "One" in the account and removing it locally.
    try (SqliteDraftStore local =
        SqliteDraftStore.open(ProfileFolders.database(dataDir, ProfileKey.LOCAL), clock)) {
      ((SqliteDraftStore) profiles.drafts()).receive(local.carry(one.id()).orElseThrow());
    }

    assertThat(profiles.moveDraftsFromLocalProfile()).isEqualTo(2);

    assertThat(profiles.drafts().list(DraftSort.TITLE))
        .extracting(DraftSummary::title)
        .containsExactly("One", "Two");
    assertThat(profiles.draftsToMoveFromLocalProfile()).isZero();
  }

  @Test
  void anOfflineStartOpensTheAccountLastSignedInOnThatServer() {
    start();
    session.set(signedIn(ADA));
    LocalDraft draft = profiles.drafts().create("Ada's", Resumes.sample("Ada", "a"));
    profiles.close();
    session.set(signedOut());

    session.set(
        new SessionState(
            SessionState.Phase.STARTING,
            SERVER,
            null,
            SessionState.Profile.NONE,
            "",
            new Keychain("", "", true)));
    start();
    session.set(signedIn(null)); // resumed, but the account's details could not load

    assertThat(profiles.state().get().profile())
        .isEqualTo(ProfileKey.account(SERVER.toString(), ADA.id()));
    assertThat(profiles.drafts().find(draft.id())).isPresent();
  }

  @Test
  void aDamagedFileIsReportedInTheStateWithTheBackupRestored() throws IOException {
    start();
    LocalDraft kept = profiles.drafts().create("Kept", Resumes.sample("Ada", "a"));
    profiles.close(); // backs up
    Path file = ProfileFolders.database(dataDir, ProfileKey.LOCAL);
    Files.writeString(file, "garbage ".repeat(1000));

    start();

    ProfileState state = profiles.state().get();
    assertThat(state.open()).isTrue();
    assertThat(state.problem()).contains("damaged", "set aside");
    assertThat(profiles.drafts().find(kept.id())).isPresent();
  }

  @Test
  void aFileLockedAtOpenLeavesTheProfileClosedWithTheReason() throws Exception {
    Path file = ProfileFolders.database(dataDir, ProfileKey.LOCAL);
    SqliteDraftStore.open(file, clock).close();
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = other.createStatement()) {
      s.execute("PRAGMA locking_mode = EXCLUSIVE");
      s.execute("BEGIN EXCLUSIVE");
      profiles =
          new StoreService(
              dataDir, session, executor, clock, new StoreOptions(Duration.ofMillis(100), false));

      assertThat(profiles.state().get().open()).isFalse();
      assertThat(profiles.state().get().problem()).contains("in use by another program");
      assertThatThrownBy(profiles::drafts)
          .isInstanceOfSatisfying(
              StoreException.class,
              e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.LOCKED));
      s.execute("ROLLBACK");
    }

    profiles.retryOpen();

    assertThat(profiles.state().get()).isEqualTo(new ProfileState(ProfileKey.LOCAL, true, ""));
    assertThat(profiles.drafts().list(DraftSort.TITLE)).isEmpty();
  }

  @Test
  void theTrashIsEmptiedOfOldDraftsDailyAndCloseLeavesABackup() {
    start();
    LocalDraft old = profiles.drafts().create("Old", Resumes.sample("Ada", "old"));
    profiles.drafts().moveToTrash(old.id());
    assertThat(executor.scheduled())
        .singleElement()
        .satisfies(s -> assertThat(s.delay()).isEqualTo(Duration.ofDays(1)));

    clock.advance(Duration.ofDays(29));
    executor.runNextScheduled();
    assertThat(profiles.drafts().trash()).hasSize(1);
    clock.advance(Duration.ofDays(2));
    executor.runNextScheduled();
    assertThat(profiles.drafts().trash()).isEmpty();
    assertThat(profiles.drafts().find(old.id())).isEmpty();

    int before = profiles.backupsOf(ProfileKey.LOCAL).size();
    clock.advance(Duration.ofMinutes(1));
    profiles.close();
    assertThat(profiles.backupsOf(ProfileKey.LOCAL)).hasSize(before + 1);
  }
}
