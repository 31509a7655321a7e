package org.careercoach.desktop.ui.editor;

/** One step of the editor's history: what Ctrl+Z takes back and Ctrl+Shift+Z does again. */
interface UndoStep {

  void undo();

  void redo();

  /** A structural step that runs two actions. */
  static UndoStep of(Runnable undo, Runnable redo) {
    return new UndoStep() {
      @Override
      public void undo() {
        undo.run();
      }

      @Override
      public void redo() {
        redo.run();
      }
    };
  }
}
