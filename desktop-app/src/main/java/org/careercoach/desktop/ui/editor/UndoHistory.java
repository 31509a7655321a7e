package org.careercoach.desktop.ui.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The draft's undo and redo stacks. Typing is coalesced into word-sized steps: keystrokes in the
 * same field join the open step until a pause, another field, or the start of a new word after a
 * space. Adding, removing and moving an entry are one step each. Steps replayed by undo or redo are
 * not recorded again.
 */
final class UndoHistory {

  /** A pause in typing this long ends a step. */
  static final Duration PAUSE = Duration.ofMillis(1000);

  /** Older steps are forgotten past this many: memory stays bounded over a long session. */
  static final int LIMIT = 500;

  private final Clock clock;
  private final Deque<UndoStep> undo = new ArrayDeque<>();
  private final Deque<UndoStep> redo = new ArrayDeque<>();
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
  private TypingStep typing;
  private boolean replaying;

  UndoHistory(Clock clock) {
    this.clock = clock;
  }

  ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  void recordText(FieldModel field, String before, String after) {
    if (replaying) {
      return;
    }
    Instant now = clock.instant();
    if (typing != null && typing.continuedBy(field, after, now)) {
      typing.after = after;
      typing.lastAt = now;
      redo.clear();
      publish();
      return;
    }
    TypingStep step = new TypingStep(field, before, after, now);
    push(step);
    typing = step;
  }

  void record(UndoStep step) {
    if (replaying) {
      return;
    }
    push(step);
  }

  /**
   * Takes back the last step.
   *
   * @return the field it changed, for the view to focus; null for a structural step or none
   */
  FieldModel undo() {
    UndoStep step = undo.poll();
    if (step == null) {
      return null;
    }
    replay(step::undo);
    redo.push(step);
    publish();
    return step instanceof TypingStep t ? t.field : null;
  }

  /** Does again the last step taken back; returns the field it changed, as {@link #undo()}. */
  FieldModel redo() {
    UndoStep step = redo.poll();
    if (step == null) {
      return null;
    }
    replay(step::redo);
    undo.push(step);
    publish();
    return step instanceof TypingStep t ? t.field : null;
  }

  /** Forgets every step: a newly opened draft starts with an empty history. */
  void clear() {
    undo.clear();
    redo.clear();
    typing = null;
    publish();
  }

  private void push(UndoStep step) {
    undo.push(step);
    while (undo.size() > LIMIT) {
      undo.removeLast();
    }
    redo.clear();
    typing = null;
    publish();
  }

  private void replay(Runnable action) {
    typing = null;
    replaying = true;
    try {
      action.run();
    } finally {
      replaying = false;
    }
  }

  private void publish() {
    canUndo.set(!undo.isEmpty());
    canRedo.set(!redo.isEmpty());
  }

  /** Typing in one field, from the text before its first keystroke to the text after its last. */
  private static final class TypingStep implements UndoStep {
    private final FieldModel field;
    private final String before;
    private String after;
    private Instant lastAt;

    TypingStep(FieldModel field, String before, String after, Instant at) {
      this.field = field;
      this.before = before;
      this.after = after;
      this.lastAt = at;
    }

    boolean continuedBy(FieldModel other, String next, Instant now) {
      return other == field
          && Duration.between(lastAt, now).compareTo(PAUSE) < 0
          && !startsWord(after, next);
    }

    /** Whether {@code next} begins a new word after the space that ended the last one. */
    private static boolean startsWord(String previous, String next) {
      return !previous.isEmpty()
          && next.length() > previous.length()
          && next.startsWith(previous)
          && Character.isWhitespace(previous.charAt(previous.length() - 1))
          && !Character.isWhitespace(next.charAt(previous.length()));
    }

    @Override
    public void undo() {
      field.textProperty().set(before);
    }

    @Override
    public void redo() {
      field.textProperty().set(after);
    }
  }
}
