package org.careercoach.desktop.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.careercoach.desktop.service.preview.PageImage;
import org.careercoach.desktop.service.store.DraftStore.VersionReason;
import org.careercoach.desktop.service.store.SqliteDraftStore;
import org.careercoach.desktop.service.store.StoreFaults;
import org.careercoach.desktop.service.store.VersionInfo;
import org.careercoach.desktop.support.ManualTimeExecutor;
import org.careercoach.desktop.support.TestClock;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's view model with time under the test's control (autosave, undo, close), saving into a
 * real SQLite store whose failures are SQLite's own: a full disk, a file another program holds.
 */
class EditorViewModelTest {

  /** What the status line says while the disk is full: the store's words, then the editor's. */
  private static final String DISK_FULL =
      "Not saved: The disk holding your drafts is full, so the last change was not saved. Free"
          + " some space on it, then try again."
          + " — your text is kept, retrying";

  /**
   * One store for the class (each test opens a draft of its own in it). It gives up on a file
   * another program holds after 50 ms, not the app's 3 s: each refused save costs the test that.
   */
  @TempDir static Path dataDir;

  private static SqliteDraftStore store;

  private final TestClock clock = new TestClock();
  private final ManualTimeExecutor executor = new ManualTimeExecutor(clock);
  private final List<String> navigation = new ArrayList<>();
  private final List<Resume> rendered = new ArrayList<>();
  private EditorViewModel editor;
  private UUID id;
  private FieldModel name;

  @BeforeAll
  static void openTheStore() {
    store =
        StoreFaults.open(dataDir.resolve("drafts.db"), Clock.systemUTC(), Duration.ofMillis(50));
  }

  @AfterAll
  static void closeTheStore() {
    store.close();
  }

  @BeforeEach
  void openADraft() {
    Navigator navigator =
        new Navigator() {
          @Override
          public void show(Screen screen) {
            navigation.add(screen.name());
          }

          @Override
          public void back() {
            navigation.add("back");
          }
        };
    PreviewViewModel preview =
        new PreviewViewModel(
            executor,
            (resume, template) -> {
              rendered.add(resume);
              return List.of(new PageImage(1, 1, new int[] {0xffffffff}));
            });
    editor = new EditorViewModel(executor, () -> store, navigator, clock, preview);
    id = store.create("Staff roles", Drafts.sample()).id();
    editor.open(id);
    name = editor.formProperty().get().basics().person().get("name");
  }

  /** How many saves changed the stored draft (each adds one to its revision, from 1). */
  private long saves() {
    return store.find(id).orElseThrow().revision() - 1;
  }

  private Resume stored() {
    return store.find(id).orElseThrow().resume();
  }

  private List<VersionInfo> closedVersions() {
    return store.history(id).stream().filter(v -> v.reason() == VersionReason.CLOSED).toList();
  }

  /** Types {@code text} at the end of the field, a key every {@code gap}. */
  private void type(FieldModel field, String text, Duration gap) {
    for (char c : text.toCharArray()) {
      executor.advance(gap);
      field.textProperty().set(field.text() + c);
    }
  }

  @Test
  void anOpenedDraftShowsItsTitleTextAndSaysSaved() {
    assertThat(editor.titleProperty().get()).isEqualTo("Staff roles");
    assertThat(editor.statusProperty().get()).isEqualTo("Saved");
    assertThat(name.text()).isEqualTo("Ada Byron");
    assertThat(editor.canUndoProperty().get()).isFalse();
  }

  @Test
  void aDraftThatIsGoneSaysSoAndShowsNoForm() {
    editor.close();
    editor.open(UUID.randomUUID());

    assertThat(editor.problemProperty().get())
        .isEqualTo("This draft could not be opened: it is no longer in this profile");
    assertThat(editor.formProperty().get()).isNull();
  }

  @Test
  void aKeystrokeIsSavedWithinASecondAndTheStatusSaysSo() {
    type(name, "!", Duration.ofMillis(10));
    assertThat(editor.statusProperty().get()).isEqualTo("Saving…");
    assertThat(saves()).isZero();

    executor.advance(Duration.ofMillis(999));

    assertThat(saves()).isEqualTo(1);
    assertThat(stored().basics().name()).isEqualTo("Ada Byron!");
    assertThat(editor.statusProperty().get()).isEqualTo("Saved");
  }

  @Test
  void steadyTypingIsSavedAtLeastOnceASecond() {
    // Keys 100 ms apart for four seconds: a debounce alone would wait until the typing stops.
    Instant firstKey = clock.instant().plusMillis(100);
    List<Instant> savedAt = new ArrayList<>();
    for (int key = 0; key < 40; key++) {
      type(name, "a", Duration.ofMillis(100));
      if (saves() > savedAt.size()) {
        savedAt.add(clock.instant());
      }
    }

    assertThat(savedAt).hasSizeGreaterThanOrEqualTo(3);
    Instant previous = firstKey;
    for (Instant at : savedAt) {
      assertThat(Duration.between(previous, at)).isLessThanOrEqualTo(Autosaver.MAX_WAIT);
      previous = at;
    }
  }

  @Test
  void aFailedSaveKeepsTheTextSaysWhyAndRetriesUntilItWorks() {
    FieldModel summary = editor.formProperty().get().basics().person().get("summary");
    // Pasted at once: tens of pages more than the file has, so the full disk refuses the save.
    String pasted = "Wrote the first program for the Analytical Engine. ".repeat(2_000);

    try (StoreFaults.Fault full = StoreFaults.diskFull(store)) {
      summary.textProperty().set(pasted);
      type(name, " Jr", Duration.ofMillis(50));
      executor.advance(Autosaver.QUIET);

      assertThat(editor.statusProperty().get()).isEqualTo(DISK_FULL);
      assertThat(editor.saveKindProperty().get()).isEqualTo(SaveState.Kind.FAILED);
      assertThat(name.text()).isEqualTo("Ada Byron Jr");
      assertThat(summary.text()).isEqualTo(pasted);
      assertThat(saves()).isZero();
      assertThat(executor.nextTimerIn()).isEqualTo(Autosaver.FIRST_RETRY);

      executor.advance(Autosaver.FIRST_RETRY);
      assertThat(executor.nextTimerIn()).isEqualTo(Autosaver.FIRST_RETRY.multipliedBy(2));
      assertThat(editor.statusProperty().get()).isEqualTo(DISK_FULL);
      type(name, ".", Duration.ZERO);
      assertThat(editor.statusProperty().get()).isEqualTo(DISK_FULL);
      assertThat(stored()).isEqualTo(Drafts.sample());

      full.remove();
      executor.advance(Autosaver.FIRST_RETRY.multipliedBy(2));
    }

    assertThat(editor.statusProperty().get()).isEqualTo("Saved");
    assertThat(editor.saveKindProperty().get()).isEqualTo(SaveState.Kind.SAVED);
    assertThat(saves()).isEqualTo(1);
    assertThat(stored().basics().name()).isEqualTo("Ada Byron Jr.");
    assertThat(stored().basics().summary()).isEqualTo(pasted);
  }

  @Test
  void changesMadeWhileASaveRunsAreSavedAfterIt() {
    editor.preview().shownProperty().set(false);
    executor.holdBackgroundWork();
    type(name, "1", Duration.ofMillis(10));
    executor.advance(Autosaver.MAX_WAIT);
    assertThat(executor.heldCount()).isEqualTo(1);
    type(name, "2", Duration.ofMillis(10));

    executor.releaseHeld();
    assertThat(editor.statusProperty().get()).isEqualTo("Saving…");
    assertThat(saves()).isEqualTo(1);
    assertThat(stored().basics().name()).isEqualTo("Ada Byron1");
    executor.advance(Autosaver.MAX_WAIT);

    assertThat(saves()).isEqualTo(2);
    assertThat(stored().basics().name()).isEqualTo("Ada Byron12");
    assertThat(editor.statusProperty().get()).isEqualTo("Saved");
  }

  @Test
  void undoAndRedoWorkOverTheWholeDraftAndAreSavedToo() {
    type(name, "x", Duration.ofMillis(10));
    editor.formProperty().get().sections().get(0).add();
    assertThat(editor.canUndoProperty().get()).isTrue();

    editor.undo();
    editor.undo();
    executor.advance(Autosaver.MAX_WAIT);

    assertThat(stored()).isEqualTo(Drafts.sample());
    assertThat(editor.canRedoProperty().get()).isTrue();
    editor.redo();
    assertThat(editor.touchedProperty().get()).isSameAs(name);
    assertThat(name.text()).isEqualTo("Ada Byronx");
  }

  @Test
  void aBadDateIsNotSavedButTheRestIs() {
    FieldModel start =
        editor.formProperty().get().sections().get(0).entries().get(0).fields().get("startDate");
    start.textProperty().set("spring 2019");
    name.textProperty().set("Ada");
    executor.advance(Autosaver.MAX_WAIT);

    Resume saved = stored();
    assertThat(saved.basics().name()).isEqualTo("Ada");
    assertThat(saved.work().get(0).startDate().toString()).isEqualTo("2019-04");
    assertThat(start.text()).isEqualTo("spring 2019");
    assertThat(start.errorProperty().get()).contains("is not a date");
    assertThat(editor.statusProperty().get()).isEqualTo("Saved, except the date marked in red");
    assertThat(editor.datesUnsavedProperty().get()).isTrue();

    start.textProperty().set("2019-05");
    executor.advance(Autosaver.MAX_WAIT);
    assertThat(editor.statusProperty().get()).isEqualTo("Saved");
    assertThat(editor.datesUnsavedProperty().get()).isFalse();
  }

  @Test
  void closingSavesWhatIsLeftKeepsAVersionAndGoesBack() {
    type(name, "!", Duration.ofMillis(10));

    editor.close();

    assertThat(saves()).isEqualTo(1);
    assertThat(stored().basics().name()).isEqualTo("Ada Byron!");
    assertThat(closedVersions()).hasSize(1);
    assertThat(navigation).containsExactly("back");
    assertThat(editor.formProperty().get()).isNull();
  }

  @Test
  void closingWhileSavesFailStaysOnTheTextUntilASaveWorks() throws Exception {
    try (StoreFaults.Fault held = StoreFaults.heldByAnotherProgram(store)) {
      type(name, "!", Duration.ofMillis(10));

      editor.close();

      assertThat(navigation).isEmpty();
      assertThat(closedVersions()).isEmpty();
      assertThat(editor.statusProperty().get())
          .isEqualTo(
              "Not saved: Your drafts are in use by another program (a second Career Coach, a"
                  + " backup or a sync tool holding "
                  + dataDir.resolve("drafts.db")
                  + "). Close it, then try again."
                  + " — your text is kept, retrying");
      assertThat(name.text()).isEqualTo("Ada Byron!");
      assertThat(editor.formProperty().get()).isNotNull();

      held.remove();
      executor.advance(Autosaver.FIRST_RETRY);
    }

    assertThat(navigation).containsExactly("back");
    assertThat(stored().basics().name()).isEqualTo("Ada Byron!");
    assertThat(closedVersions()).hasSize(1);
  }

  /**
   * Something else about to rewrite the open draft (a merge from a resume file) asks the editor to
   * save first: it goes only once the typing is stored, after the retry that works when saves fail;
   * a close waiting for the same retry still ends.
   */
  @Test
  void saveTypingThenWaitsUntilTheTypingIsStoredEvenWhileSavesFail() throws Exception {
    List<String> ran = new ArrayList<>();
    try (StoreFaults.Fault held = StoreFaults.heldByAnotherProgram(store)) {
      type(name, "!", Duration.ofMillis(10));
      editor.close();

      editor.saveTypingThen(id, () -> ran.add(stored().basics().name()));

      assertThat(ran).as("nothing stored yet: the merge waits").isEmpty();
      held.remove();
      executor.advance(Autosaver.LAST_RETRY); // its own attempt failed too: the pause grew
    }

    assertThat(ran).containsExactly("Ada Byron!");
    assertThat(navigation).as("the close ended too").containsExactly("back");
    List<String> other = new ArrayList<>();
    editor.saveTypingThen(UUID.randomUUID(), () -> other.add("at once"));
    assertThat(other).as("a draft not open here has nothing to save").containsExactly("at once");
  }

  @Test
  void thePreviewFollowsTheTextOnceTypingSettles() {
    executor.advance(PreviewViewModel.SETTLE);
    int afterOpen = rendered.size();
    type(name, "abc", Duration.ofMillis(100));
    assertThat(rendered).hasSize(afterOpen);

    executor.advance(PreviewViewModel.SETTLE);

    assertThat(rendered).hasSize(afterOpen + 1);
    assertThat(rendered.get(rendered.size() - 1).basics().name()).isEqualTo("Ada Byronabc");
  }
}
