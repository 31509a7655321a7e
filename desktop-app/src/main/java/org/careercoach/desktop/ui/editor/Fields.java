package org.careercoach.desktop.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careercoach.model.resume.PartialDate;

/** The fields of one entry (or of the basics), in the order they show, found by their key. */
final class Fields {

  private final Map<String, FieldModel> byKey = new LinkedHashMap<>();

  Fields text(String key, String label, String value) {
    return add(new FieldModel(key, label, FieldKind.TEXT, value));
  }

  Fields longText(String key, String label, String value) {
    return add(new FieldModel(key, label, FieldKind.LONG_TEXT, value));
  }

  Fields date(String key, String label, PartialDate value) {
    return add(new FieldModel(key, label, FieldKind.DATE, value));
  }

  Fields lines(String key, String label, List<String> value) {
    return add(new FieldModel(key, label, FieldKind.LINES, value));
  }

  private Fields add(FieldModel field) {
    if (byKey.putIfAbsent(field.key(), field) != null) {
      throw new IllegalStateException("two fields named " + field.key());
    }
    return this;
  }

  FieldModel get(String key) {
    FieldModel field = byKey.get(key);
    if (field == null) {
      throw new IllegalArgumentException("no field named " + key);
    }
    return field;
  }

  /** The field named {@code key}, if these fields have one. */
  java.util.Optional<FieldModel> find(String key) {
    return java.util.Optional.ofNullable(byKey.get(key));
  }

  Collection<FieldModel> all() {
    return byKey.values();
  }

  /** The saved value of a text field. */
  String string(String key) {
    return (String) get(key).value();
  }

  PartialDate date(String key) {
    return (PartialDate) get(key).value();
  }

  @SuppressWarnings("unchecked")
  List<String> lines(String key) {
    return (List<String>) get(key).value();
  }

  /** What the person sees in a field now, trimmed: for headings, which follow the typing. */
  String shown(String key) {
    return get(key).text().strip();
  }

  /** The shown texts that are not blank, joined: "Engineer · Acme". */
  String joined(String separator, String... keys) {
    List<String> parts = new ArrayList<>();
    for (String key : keys) {
      String shown = shown(key);
      if (!shown.isEmpty()) {
        parts.add(shown.lines().findFirst().orElse(""));
      }
    }
    return String.join(separator, parts);
  }

  boolean valid() {
    return byKey.values().stream().allMatch(FieldModel::valid);
  }
}
