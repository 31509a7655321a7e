package org.careercoach.desktop.ui.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.session.Keychain;
import org.careercoach.desktop.service.session.SessionState;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.store.StoreService;
import org.careercoach.desktop.support.FakeDraftSync;
import org.careercoach.desktop.support.TestClock;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.model.api.UserProfile;
import org.careercoach.model.resume.Basics;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.Skill;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drafts screens' view models, without a toolkit, on the app's real store (SQLite files in a
 * temporary data folder) following a session the test plays.
 */
class DraftsViewModelTest {

  private static final ServerAddress SERVER = ServerAddress.parse("https://coach.example.com");

  private final SameThreadExecutor executor = new SameThreadExecutor();
  private final TestClock clock = TestClock.ticking(Instant.parse("2026-12-01T09:00:00Z"));
  private final Answers answers = new Answers();
  private final List<UUID> opened = new ArrayList<>();
  private final ObservableState<SessionState> session = new ObservableState<>(signedIn(null));
  @TempDir Path dataDir;
  private StoreService profiles;
  private DraftScreens screens;
  private DraftsViewModel drafts;
  private FakeDraftSync sync;

  static SessionState signedIn(UserProfile user) {
    return new SessionState(
        user == null ? SessionState.Phase.SIGNED_OUT : SessionState.Phase.SIGNED_IN,
        SERVER,
        user,
        user == null ? SessionState.Profile.NONE : SessionState.Profile.LOADED,
        "",
        new Keychain("", "", true));
  }

  /** The app's store, on SQLite files in a temporary data folder, following {@link #session}. */
  @BeforeEach
  void open() {
    profiles = new StoreService(dataDir, session, executor, clock);
    sync = new FakeDraftSync(() -> profiles.drafts());
    screens =
        new DraftScreens(
            executor, profiles, answers, clock, answers, sync, opened::add, null, answers);
    drafts = screens.drafts();
  }

  @AfterEach
  void close() {
    profiles.close();
  }

  private DraftStore store() {
    return profiles.drafts();
  }

  static Resume resume(String name, String label, String... skills) {
    List<Skill> kept = new ArrayList<>();
    for (String skill : skills) {
      kept.add(new Skill(skill, null, List.of(), null));
    }
    return new Resume(
        null,
        new Basics(name, label, null, null, null, null, null, null, null, null),
        null,
        null,
        null,
        null,
        null,
        null,
        kept,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** The work waiting that long (the store schedules its own daily purge beside ours). */
  private List<SameThreadExecutor.Scheduled> waiting(Duration delay) {
    return executor.scheduled().stream().filter(s -> s.delay().equals(delay)).toList();
  }

  private void runWaiting(Duration delay) {
    executor.runScheduled(delay);
  }

  private List<String> titles() {
    return drafts.drafts().stream().map(DraftSummary::title).toList();
  }

  private void select(String title) {
    drafts
        .selectedProperty()
        .set(
            drafts.drafts().stream()
                .filter(d -> d.title().equals(title))
                .findFirst()
                .orElseThrow());
  }

  @Test
  void aNewUserSeesTheEmptyStateAndCreatingOpensTheEditorOnTheNewDraft() {
    drafts.reload();
    assertThat(drafts.emptyProperty().get()).isTrue();
    assertThat(drafts.headingProperty().get()).isEqualTo("Drafts on this computer");

    drafts.create();

    assertThat(opened).hasSize(1);
    assertThat(titles()).containsExactly(DraftsViewModel.NEW_TITLE);
    assertThat(drafts.selectedProperty().get().id()).isEqualTo(opened.get(0));
    assertThat(drafts.emptyProperty().get()).isFalse();
    assertThat(store().find(opened.get(0))).isPresent();
  }

  @Test
  void searchRunsOnceTypingPausesAndFindsAnyFieldsText() {
    store().create("Backend", resume("Ana Lima", "Engineer", "Kotlin", "SQL"));
    store().create("Design", resume("Ana Lima", "Designer", "Figma"));
    drafts.reload();

    drafts.queryProperty().set("k");
    drafts.queryProperty().set("ko");
    drafts.queryProperty().set("kotlin");

    assertThat(waiting(DraftsViewModel.SEARCH_DELAY))
        .as("one search waits, the earlier ones cancelled")
        .hasSize(1);
    assertThat(titles()).as("not before typing pauses").hasSize(2);
    runWaiting(DraftsViewModel.SEARCH_DELAY);
    assertThat(titles()).containsExactly("Backend");

    drafts.queryProperty().set("ana figma");
    runWaiting(DraftsViewModel.SEARCH_DELAY);
    assertThat(titles()).containsExactly("Design");

    drafts.queryProperty().set("cobol");
    runWaiting(DraftsViewModel.SEARCH_DELAY);
    assertThat(titles()).isEmpty();
    assertThat(drafts.noMatchesProperty().get()).isTrue();
    assertThat(drafts.emptyProperty().get()).as("a search, not a new user").isFalse();
  }

  @Test
  void sortsByNameOrByLastChange() {
    store().create("Beta", resume("B", ""));
    store().create("alpha", resume("A", ""));
    UUID gamma = store().create("Gamma", resume("G", "")).id();
    store().rename(store().list(DraftSort.TITLE).get(0).id(), "Alpha");

    drafts.reload();
    assertThat(titles()).containsExactly("Alpha", "Gamma", "Beta");
    drafts.sortProperty().set(DraftSort.TITLE);
    assertThat(titles()).containsExactly("Alpha", "Beta", "Gamma");
    assertThat(gamma).isNotNull();
  }

  @Test
  void deleteGoesToTheTrashAndUndoBringsItBackWhileOffered() {
    store().create("Keep", resume("K", ""));
    store().create("Oops", resume("O", ""));
    drafts.reload();
    select("Oops");

    drafts.moveToTrash();

    assertThat(titles()).containsExactly("Keep");
    assertThat(drafts.undoMessageProperty().get()).isEqualTo("“Oops” moved to the Trash.");
    assertThat(waiting(DraftsViewModel.UNDO_TIME)).hasSize(1);
    assertThat(DraftsViewModel.UNDO_TIME).isEqualTo(Duration.ofSeconds(10));
    drafts.undo();
    assertThat(titles()).containsExactlyInAnyOrder("Keep", "Oops");
    assertThat(drafts.selectedProperty().get().title()).isEqualTo("Oops");
    assertThat(drafts.undoableProperty().get()).isFalse();
    assertThat(waiting(DraftsViewModel.UNDO_TIME)).as("the offer's timer is gone").isEmpty();

    select("Oops");
    drafts.moveToTrash();
    runWaiting(DraftsViewModel.UNDO_TIME); // ten seconds pass
    assertThat(drafts.undoableProperty().get()).isFalse();
    drafts.undo();
    assertThat(titles()).as("too late to undo").containsExactly("Keep");
    assertThat(store().trash()).extracting(DraftSummary::title).containsExactly("Oops");
  }

  @Test
  void renameChecksTheNameAndKeepsTheOldOneWhenCancelled() {
    store().create("CV", resume("C", ""));
    drafts.reload();
    select("CV");

    answers.answer(Optional.empty());
    drafts.rename();
    assertThat(titles()).containsExactly("CV");
    assertThat(answers.lastRule.apply("   ")).contains("Give the draft a name.");
    assertThat(answers.lastRule.apply("x".repeat(121))).contains("Use at most 120 characters.");

    answers.answer("  CV for Acme ");
    drafts.rename();
    assertThat(titles()).containsExactly("CV for Acme");
    assertThat(drafts.messageProperty().get()).isEqualTo("Renamed to “CV for Acme”.");
  }

  @Test
  void duplicateMakesACopyWithItsOwnIdSelected() {
    UUID original = store().create("CV", resume("Ana", "", "Java")).id();
    drafts.reload();
    select("CV");

    drafts.duplicate();

    assertThat(titles()).containsExactlyInAnyOrder("CV", "CV (copy)");
    DraftSummary copy = drafts.selectedProperty().get();
    assertThat(copy.title()).isEqualTo("CV (copy)");
    assertThat(copy.id()).isNotEqualTo(original);
    assertThat(store().find(copy.id()).orElseThrow().resume())
        .isEqualTo(store().find(original).orElseThrow().resume());
    assertThat(DraftsViewModel.copyTitle("x".repeat(200))).hasSize(120).endsWith(" (copy)");
  }

  @Test
  void recordedAsSentShowsInTheApplicationLogAndOpensReadOnly() {
    store().create("CV", resume("Ana Lima", "Engineer", "Kotlin"));
    drafts.reload();
    select("CV");
    LocalDate today = LocalDate.now(clock);

    answers.answer(new SentTo("", "Engineer", today));
    drafts.recordSent();
    assertThat(store().applications()).as("an invalid answer records nothing").isEmpty();

    answers.answer(new SentTo(" Acme ", "Backend engineer", LocalDate.parse("2026-11-30")));
    drafts.recordSent();

    assertThat(drafts.messageProperty().get()).contains("sent to Acme on 2026-11-30");
    ApplicationsViewModel log = screens.applications();
    log.reload();
    assertThat(log.applications())
        .singleElement()
        .satisfies(
            copy -> {
              assertThat(copy.company()).isEqualTo("Acme");
              assertThat(copy.role()).isEqualTo("Backend engineer");
              assertThat(copy.draftTitle()).isEqualTo("CV");
            });
    log.selectedProperty().set(log.applications().get(0));
    log.open();
    assertThat(answers.shown).endsWith(Screen.SENT_COPY);
    assertThat(log.openedText()).extracting(Object::toString).contains("Basics › Name: Ana Lima");
  }

  @Test
  void sentToRules() {
    LocalDate today = LocalDate.parse("2026-12-01");
    assertThat(DraftRules.sentOn(today.plusDays(1), today)).isPresent();
    assertThat(DraftRules.sentOn(null, today)).isPresent();
    assertThat(DraftRules.sentOn(today, today)).isEmpty();
    assertThat(DraftRules.company(" ")).contains("Enter the company you sent it to.");
    assertThat(DraftRules.role("Engineer")).isEmpty();
  }

  @Test
  void theTrashRestoresAndDeletesForGoodOnlyWhenConfirmed() {
    UUID id = store().create("Old CV", resume("O", "")).id();
    store().moveToTrash(id);
    TrashViewModel trash = screens.trash();
    trash.reload();
    assertThat(trash.trashed()).singleElement().extracting(DraftSummary::title).isEqualTo("Old CV");
    DraftSummary trashed = trash.trashed().get(0);
    assertThat(TrashViewModel.purgedOn(trashed))
        .isEqualTo(trashed.trashedAt().plus(Duration.ofDays(30)));
    trash.selectedProperty().set(trashed);

    answers.answer(false);
    trash.deleteForever();
    assertThat(store().find(id)).as("cancelled").isPresent();
    assertThat(answers.asked).last().asString().contains("Delete “Old CV” for good?");

    trash.restore();
    assertThat(trash.trashed()).isEmpty();
    assertThat(trash.emptyProperty().get()).isTrue();
    drafts.reload();
    assertThat(titles()).containsExactly("Old CV");

    store().moveToTrash(id);
    trash.reload();
    trash.selectedProperty().set(trash.trashed().get(0));
    answers.answer(true);
    trash.deleteForever();
    assertThat(store().find(id)).isEmpty();
  }

  @Test
  void aNewUserCanGoStraightToReadingTheResumeFileTheyHave() {
    drafts.readResumeFiles();

    assertThat(answers.shown).containsExactly(Screen.RESUME_FILES);
  }

  @Test
  void historyComparesAVersionWithTheCurrentTextAndRestoresItWhenConfirmed() {
    UUID id = store().create("CV", resume("Ana Lima", "Engineer", "Kotlin")).id();
    store().keepVersion(id, DraftStore.VersionReason.CLOSED);
    store().save(id, "CV", resume("Ana Lima", "Staff engineer", "Kotlin", "Go"));
    drafts.reload();
    select("CV");

    drafts.showHistory();

    assertThat(answers.shown).containsExactly(Screen.HISTORY);
    HistoryViewModel history = screens.history();
    assertThat(history.titleProperty().get()).isEqualTo("History of “CV”");
    assertThat(history.versions()).isNotEmpty();
    history.selectedProperty().set(history.versions().get(history.versions().size() - 1));
    assertThat(history.comparison())
        .filteredOn(row -> row.change() != TextDiff.Change.SAME)
        .extracting(row -> row.left() + " → " + row.right())
        .containsExactly(
            "Basics › Label: Engineer → Basics › Label: Staff engineer", " → Skills 2 › Name: Go");

    answers.answer(false);
    history.restore();
    assertThat(store().find(id).orElseThrow().resume().basics().label())
        .isEqualTo("Staff engineer");

    history.selectedProperty().set(history.versions().get(history.versions().size() - 1));
    answers.answer(true);
    history.restore();
    assertThat(store().find(id).orElseThrow().resume().basics().label()).isEqualTo("Engineer");
    assertThat(store().history(id))
        .extracting(v -> v.reason())
        .contains(DraftStore.VersionReason.BEFORE_RESTORE);
  }

  @Test
  void atAnAccountsFirstSignInTheLocalDraftsAreOfferedOnce() {
    store().create("Written offline", resume("Ana", ""));
    store().create("Another", resume("Ana", ""));
    UserProfile ana = new UserProfile(UUID.randomUUID(), "ana@example.com", "Ana", Set.of(), true);

    answers.answer(true);
    session.set(signedIn(ana));

    assertThat(answers.asked)
        .singleElement()
        .asString()
        .contains("Move your drafts into your account?")
        .contains("2 drafts");
    assertThat(profiles.state().get().profile().local()).isFalse();
    assertThat(titles()).containsExactlyInAnyOrder("Written offline", "Another");
    assertThat(drafts.headingProperty().get()).isEqualTo("Your drafts");

    session.set(signedIn(null));
    assertThat(titles()).as("moved, not copied").isEmpty();
    assertThat(drafts.headingProperty().get()).isEqualTo("Drafts on this computer");
    store().create("Later", resume("Ana", ""));
    session.set(signedIn(ana));
    assertThat(answers.asked).as("offered once").hasSize(1);
    assertThat(titles()).containsExactlyInAnyOrder("Written offline", "Another");
  }

  @Test
  void aStoreThatFailsSaysWhyAndChangesNothing() {
    store().create("CV", resume("C", ""));
    drafts.reload();
    select("CV");
    store().deleteForever(drafts.selectedProperty().get().id());

    drafts.moveToTrash();

    assertThat(drafts.problemProperty().get()).startsWith("That draft is no longer here");
    assertThat(drafts.undoableProperty().get()).isFalse();
  }
}
