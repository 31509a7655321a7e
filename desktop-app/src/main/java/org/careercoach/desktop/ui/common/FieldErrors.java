package org.careercoach.desktop.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A form's messages: one per field, shown under it, and one for the form, shown above the button.
 */
public final class FieldErrors {

  private final Map<String, ReadOnlyStringWrapper> fields = new LinkedHashMap<>();
  private final ReadOnlyStringWrapper form = new ReadOnlyStringWrapper("");

  public FieldErrors(String... fieldNames) {
    for (String name : fieldNames) {
      fields.put(name, new ReadOnlyStringWrapper(""));
    }
  }

  public ReadOnlyStringProperty of(String field) {
    return wrapper(field).getReadOnlyProperty();
  }

  public ReadOnlyStringProperty form() {
    return form.getReadOnlyProperty();
  }

  public void set(String field, String message) {
    wrapper(field).set(message);
  }

  public void setForm(String message) {
    form.set(message);
  }

  public boolean has(String field) {
    return fields.containsKey(field);
  }

  public void clear() {
    fields.values().forEach(error -> error.set(""));
    form.set("");
  }

  public boolean anyField() {
    return fields.values().stream().anyMatch(error -> !error.get().isEmpty());
  }

  private ReadOnlyStringWrapper wrapper(String field) {
    ReadOnlyStringWrapper error = fields.get(field);
    if (error == null) {
      throw new IllegalArgumentException("No field " + field);
    }
    return error;
  }
}
