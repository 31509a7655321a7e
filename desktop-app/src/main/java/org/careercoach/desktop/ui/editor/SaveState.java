package org.careercoach.desktop.ui.editor;

/**
 * Where the draft's autosave stands, as the status line says it.
 *
 * @param kind saved, waiting or writing, or failed
 * @param reason why the last save failed; empty unless failed
 */
record SaveState(Kind kind, String reason) {

  static final SaveState SAVED = new SaveState(Kind.SAVED, "");
  static final SaveState SAVING = new SaveState(Kind.SAVING, "");

  static SaveState failed(String reason) {
    return new SaveState(Kind.FAILED, reason);
  }

  String text() {
    return switch (kind) {
      case SAVED -> "Saved";
      case SAVING -> "Saving…";
      case FAILED -> "Not saved: " + reason + " — your text is kept, retrying";
    };
  }

  enum Kind {
    SAVED,
    SAVING,
    FAILED
  }
}
