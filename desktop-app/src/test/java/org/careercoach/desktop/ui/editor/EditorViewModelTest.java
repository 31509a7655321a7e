package org.careercoach.desktop.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.careercoach.desktop.service.preview.PageImage;
import org.careercoach.desktop.service.store.StoreException;
import org.careercoach.desktop.support.ManualTimeExecutor;
import org.careercoach.desktop.support.TestClock;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editor's view model with time under the test's control: autosave, undo, close. */
class EditorViewModelTest {

  private final TestClock clock = new TestClock();
  private final ManualTimeExecutor executor = new ManualTimeExecutor(clock);
  private final MemoryDraftStore store = new MemoryDraftStore();
  private final List<String> navigation = new ArrayList<>();
  private final List<Resume> rendered = new ArrayList<>();
  private EditorViewModel editor;
  private UUID id;
  private FieldModel name;

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
    assertThat(store.saves()).isEmpty();

    executor.advance(Duration.ofMillis(999));

    assertThat(store.saves()).hasSize(1);
    assertThat(store.saves().get(0).basics().name()).isEqualTo("Ada Byron!");
    assertThat(store.find(id).orElseThrow().resume().basics().name()).isEqualTo("Ada Byron!");
    assertThat(editor.statusProperty().get()).isEqualTo("Saved");
  }

  @Test
  void steadyTypingIsSavedAtLeastOnceASecond() {
    // Keys 100 ms apart for four seconds: a debounce alone would wait until the typing stops.
    java.time.Instant firstKey = clock.instant().plusMillis(100);
    List<java.time.Instant> savedAt = new ArrayList<>();
    for (int key = 0; key < 40; key++) {
      type(name, "a", Duration.ofMillis(100));
      if (store.saves().size() > savedAt.size()) {
        savedAt.add(clock.instant());
      }
    }

    assertThat(savedAt).hasSizeGreaterThanOrEqualTo(3);
    java.time.Instant previous = firstKey;
    for (java.time.Instant at : savedAt) {
      assertThat(Duration.between(previous, at)).isLessThanOrEqualTo(Autosaver.MAX_WAIT);
      previous = at;
    }
  }

  @Test
  void aFailedSaveKeepsTheTextSaysWhyAndRetriesUntilItWorks() {
    store.failSavesWith(
        new StoreException(StoreException.Kind.DISK_FULL, "The disk is full (free some space)"));
    type(name, " Jr", Duration.ofMillis(50));
    executor.advance(Autosaver.QUIET);

    assertThat(editor.statusProperty().get())
        .isEqualTo("Not saved: The disk is full (free some space) — your text is kept, retrying");
    assertThat(editor.saveKindProperty().get()).isEqualTo(SaveState.Kind.FAILED);
    assertThat(name.text()).isEqualTo("Ada Byron Jr");
    assertThat(executor.nextTimerIn()).isEqualTo(Autosaver.FIRST_RETRY);

    executor.advance(Autosaver.FIRST_RETRY);
    assertThat(executor.nextTimerIn()).isEqualTo(Autosaver.FIRST_RETRY.multipliedBy(2));
    type(name, ".", Duration.ZERO);
    assertThat(editor.statusProperty().get()).startsWith("Not saved: The disk is full");

    store.failSavesWith(null);
    executor.advance(Autosaver.FIRST_RETRY.multipliedBy(2));

    assertThat(editor.statusProperty().get()).isEqualTo("Saved");
    assertThat(store.saves()).extracting(r -> r.basics().name()).containsExactly("Ada Byron Jr.");
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
    executor.advance(Autosaver.MAX_WAIT);

    assertThat(store.saves())
        .extracting(r -> r.basics().name())
        .containsExactly("Ada Byron1", "Ada Byron12");
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

    assertThat(store.find(id).orElseThrow().resume()).isEqualTo(Drafts.sample());
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

    Resume saved = store.saves().get(store.saves().size() - 1);
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

    assertThat(store.saves()).hasSize(1);
    assertThat(store.closedVersions()).containsExactly(id);
    assertThat(navigation).containsExactly("back");
    assertThat(editor.formProperty().get()).isNull();
  }

  @Test
  void closingWhileSavesFailStaysOnTheTextUntilASaveWorks() {
    store.failSavesWith(new StoreException(StoreException.Kind.LOCKED, "Another program holds it"));
    type(name, "!", Duration.ofMillis(10));

    editor.close();

    assertThat(navigation).isEmpty();
    assertThat(store.closedVersions()).isEmpty();
    assertThat(editor.statusProperty().get()).startsWith("Not saved: Another program holds it");
    assertThat(name.text()).isEqualTo("Ada Byron!");

    store.failSavesWith(null);
    executor.advance(Autosaver.FIRST_RETRY);
    assertThat(navigation).containsExactly("back");
    assertThat(store.closedVersions()).containsExactly(id);
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
