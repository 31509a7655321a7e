package org.careercoach.desktop.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careercoach.model.resume.PartialDate;

/**
 * One input of the form: the text on screen and the value it stands for. The text is what the
 * person typed and always stays; the value is what gets saved. A field whose text is unchanged
 * gives back exactly the value it was made with, so a resume that is only looked at is saved as it
 * came (absent stays absent, unusual spacing stays).
 */
final class FieldModel {

  /** A bullet a person may type before a line; it is not part of the highlight. */
  private static final Pattern BULLET = Pattern.compile("^[•\\-*]\\s+");

  private final String key;
  private final String label;
  private final FieldKind kind;
  private final Object initial;
  private final String initialText;
  private final StringProperty text;
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private Object lastValid;

  FieldModel(String key, String label, FieldKind kind, Object initial) {
    this.key = key;
    this.label = label;
    this.kind = kind;
    this.initial = initial;
    this.initialText = kind.format(initial);
    this.lastValid = initial;
    this.text = new SimpleStringProperty(this, key, initialText);
    text.addListener((obs, old, now) -> check(now == null ? "" : now));
  }

  String key() {
    return key;
  }

  String label() {
    return label;
  }

  FieldKind kind() {
    return kind;
  }

  StringProperty textProperty() {
    return text;
  }

  String text() {
    return text.get() == null ? "" : text.get();
  }

  /** Why the text can't be saved, in words; empty when it can. */
  ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  boolean valid() {
    return error.get().isEmpty();
  }

  /**
   * The value to save. A date that does not parse is not saved: the last date that did (or the one
   * the field opened with) stands until the text is fixed.
   */
  Object value() {
    String now = text();
    if (now.equals(initialText)) {
      return initial;
    }
    return switch (kind) {
      case TEXT, LONG_TEXT -> now.isBlank() ? null : now;
      case DATE -> lastValid;
      case LINES -> lines(now);
    };
  }

  private void check(String now) {
    if (kind != FieldKind.DATE) {
      return;
    }
    if (now.isBlank()) {
      lastValid = null;
      error.set("");
      return;
    }
    try {
      lastValid = PartialDate.parse(now.strip());
      error.set("");
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
    }
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String item = BULLET.matcher(line.strip()).replaceFirst("").strip();
      if (!item.isEmpty()) {
        lines.add(item);
      }
    }
    return lines.isEmpty() ? null : List.copyOf(lines);
  }
}
