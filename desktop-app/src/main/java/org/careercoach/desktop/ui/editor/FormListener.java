package org.careercoach.desktop.ui.editor;

/** Hears every edit of the form: the editor records it for undo and saves the draft after it. */
interface FormListener {

  /** A field's text changed, by typing, pasting or an undo. */
  void textEdited(FieldModel field, String before, String after);

  /** An entry was added, removed or moved; {@code step} undoes and redoes it. */
  void structureEdited(UndoStep step);

  /** For forms nobody edits (tests that only map). */
  FormListener NONE =
      new FormListener() {
        @Override
        public void textEdited(FieldModel field, String before, String after) {}

        @Override
        public void structureEdited(UndoStep step) {}
      };
}
