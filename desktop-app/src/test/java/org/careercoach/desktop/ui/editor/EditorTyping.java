package org.careercoach.desktop.ui.editor;

import org.careercoach.model.resume.Resume;

/** Typing into the editor's form from a test of another screen (the form is the editor's own). */
public final class EditorTyping {

  private EditorTyping() {}

  /** Types {@code name} over the person's name, as the name field would. */
  public static void typeName(EditorViewModel editor, String name) {
    editor.formProperty().get().basics().person().get("name").textProperty().set(name);
  }

  /** The resume as the editor's form shows it now. */
  public static Resume shown(EditorViewModel editor) {
    return editor.current();
  }
}
