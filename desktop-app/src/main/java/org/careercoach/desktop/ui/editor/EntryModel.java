package org.careercoach.desktop.ui.editor;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import tools.jackson.databind.JsonNode;

/** One entry of a list section while it is edited: its fields and the unknown fields it keeps. */
final class EntryModel<T> {

  private final EntryKind<T> kind;
  private final Fields fields;
  private final Map<String, JsonNode> extensions;
  private final StringBinding heading;

  EntryModel(EntryKind<T> kind, T entry, FormListener listener) {
    this.kind = kind;
    this.fields = kind.fields(entry);
    this.extensions = entry == null ? Map.of() : kind.extensions(entry);
    fields
        .all()
        .forEach(
            field ->
                field
                    .textProperty()
                    .addListener(
                        (obs, before, after) -> listener.textEdited(field, before, after)));
    this.heading =
        Bindings.createStringBinding(
            () -> kind.heading(fields),
            fields.all().stream()
                .map(FieldModel::textProperty)
                .toArray(javafx.beans.Observable[]::new));
  }

  EntryKind<T> kind() {
    return kind;
  }

  Fields fields() {
    return fields;
  }

  /** A one-line title that follows the typing: "Engineer · Acme". */
  ObservableStringValue heading() {
    return heading;
  }

  T toRecord() {
    return kind.build(fields, extensions);
  }
}
