package org.careercoach.desktop.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.careercoach.model.resume.Work;
import org.junit.jupiter.api.Test;

class EntryListModelTest {

  private final List<UndoStep> steps = new ArrayList<>();
  private final EntryListModel<Work> work =
      new EntryListModel<>(
          new WorkKind(),
          Drafts.sample().work(),
          new FormListener() {
            @Override
            public void textEdited(FieldModel field, String before, String after) {}

            @Override
            public void structureEdited(UndoStep step) {
              steps.add(step);
            }
          });

  private List<String> companies() {
    return work.toList().stream().map(Work::name).toList();
  }

  @Test
  void entriesMoveUpAndDownAndTheRecordsFollow() {
    EntryModel<Work> intern = work.entries().get(2);

    assertThat(work.moveUp(intern)).isTrue();
    assertThat(companies())
        .containsExactly("Analytical Engines Ltd", "Babbage & Sons", "Difference Co");
    assertThat(work.moveUp(intern)).isTrue();
    assertThat(work.entries().get(0)).isSameAs(intern);
    assertThat(steps).hasSize(2);
  }

  @Test
  void anEntryAtTheEdgeDoesNotMoveAndRecordsNoStep() {
    assertThat(work.moveUp(work.entries().get(0))).isFalse();
    assertThat(work.moveDown(work.entries().get(2))).isFalse();
    assertThat(steps).isEmpty();
  }

  @Test
  void aMoveToAnyPlaceAsADropDoesIsUndoneByItsStep() {
    EntryModel<Work> first = work.entries().get(0);

    work.move(first, 2);
    assertThat(companies())
        .containsExactly("Difference Co", "Babbage & Sons", "Analytical Engines Ltd");
    steps.get(0).undo();

    assertThat(companies())
        .containsExactly("Analytical Engines Ltd", "Difference Co", "Babbage & Sons");
  }

  @Test
  void aMovedEntryKeepsItsUnknownFieldsAndItsEdits() {
    EntryModel<Work> first = work.entries().get(0);
    first.fields().get("summary").textProperty().set("Leads two teams.");

    work.moveDown(first);

    Work moved = work.toList().get(1);
    assertThat(moved.summary()).isEqualTo("Leads two teams.");
    assertThat(moved.extensions()).containsKey("x-team-size");
  }
}
