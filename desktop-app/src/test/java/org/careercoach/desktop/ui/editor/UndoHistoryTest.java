package org.careercoach.desktop.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.careercoach.desktop.support.TestClock;
import org.careercoach.model.resume.Work;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {

  private final TestClock clock = new TestClock();
  private final UndoHistory history = new UndoHistory(clock);
  private ResumeForm form;
  private FieldModel name;
  private FieldModel label;
  private EntryListModel<Work> work;

  @BeforeEach
  void openTheDraft() {
    form =
        new ResumeForm(
            Drafts.sample(),
            new FormListener() {
              @Override
              public void textEdited(FieldModel field, String before, String after) {
                history.recordText(field, before, after);
              }

              @Override
              public void structureEdited(UndoStep step) {
                history.record(step);
              }
            });
    name = form.basics().person().get("name");
    label = form.basics().person().get("label");
    @SuppressWarnings("unchecked")
    EntryListModel<Work> jobs = (EntryListModel<Work>) form.sections().get(0);
    work = jobs;
  }

  /** Types {@code text} at the end of the field, a key every 80 ms. */
  private void type(FieldModel field, String text) {
    for (char c : text.toCharArray()) {
      clock.advance(Duration.ofMillis(80));
      field.textProperty().set(field.text() + c);
    }
  }

  @Test
  void typingIsUndoneAWordAtATime() {
    name.textProperty().set("");
    history.clear();

    type(name, "Ada Lovelace King");

    history.undo();
    assertThat(name.text()).isEqualTo("Ada Lovelace ");
    history.undo();
    assertThat(name.text()).isEqualTo("Ada ");
    history.undo();
    assertThat(name.text()).isEmpty();
    assertThat(history.canUndoProperty().get()).isFalse();
    history.redo();
    history.redo();
    assertThat(name.text()).isEqualTo("Ada Lovelace ");
  }

  @Test
  void aPauseInTypingEndsAStep() {
    type(name, "ab");
    clock.advance(UndoHistory.PAUSE);
    type(name, "cd");

    history.undo();

    assertThat(name.text()).isEqualTo("Ada Byronab");
  }

  @Test
  void typingInAnotherFieldIsAStepOfItsOwnAndUndoNamesTheFieldItChanged() {
    type(name, "x");
    type(label, "y");

    assertThat(history.undo()).isSameAs(label);
    assertThat(label.text()).isEqualTo("Staff Engineer");
    assertThat(name.text()).isEqualTo("Ada Byronx");
    assertThat(history.undo()).isSameAs(name);
    assertThat(name.text()).isEqualTo("Ada Byron");
  }

  @Test
  void addingRemovingAndMovingAnEntryAreOneStepEach() {
    EntryModel<Work> first = work.entries().get(0);
    EntryModel<Work> second = work.entries().get(1);
    work.add();
    moveDown(work, 0);
    removeFirst(work);

    assertThat(work.entries()).hasSize(3).doesNotContain(second);

    history.undo();
    assertThat(work.entries()).hasSize(4).startsWith(second, first);
    history.undo();
    assertThat(work.entries()).startsWith(first, second).hasSize(4);
    history.undo();
    assertThat(work.entries()).hasSize(3);
    assertThat(form.toResume().work()).isEqualTo(Drafts.sample().work());
    history.redo();
    history.redo();
    history.redo();
    assertThat(work.entries()).hasSize(3).startsWith(first);
  }

  @Test
  void aNewEditAfterUndoForgetsWhatCouldHaveBeenRedone() {
    type(name, "x");
    history.undo();
    assertThat(history.canRedoProperty().get()).isTrue();

    type(label, "y");

    assertThat(history.canRedoProperty().get()).isFalse();
    assertThat(history.redo()).isNull();
  }

  @Test
  void undoingTypingAndTypingAgainStartsANewStep() {
    type(name, "ab");
    history.undo();
    type(name, "c");

    history.undo();

    assertThat(name.text()).isEqualTo("Ada Byron");
    assertThat(history.canUndoProperty().get()).isFalse();
  }

  @SuppressWarnings("unchecked")
  private static <T> void moveDown(EntryListModel<T> list, int index) {
    list.moveDown(list.entries().get(index));
  }

  private static <T> void removeFirst(EntryListModel<T> list) {
    list.remove(list.entries().get(0));
  }
}
