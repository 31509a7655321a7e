package org.careercoach.desktop.ui.editor;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One kind of list entry (a job, a degree, a skill…): which fields it shows and how they map to and
 * from its record. One small class per kind; the list, entry and undo machinery is shared.
 *
 * @param <T> the record of {@code common-model}
 */
interface EntryKind<T> {

  /** The section's name: "Work experience". */
  String section();

  /** A short, stable name for ids: "work". */
  String id();

  /** What one entry is called: "job", as in "Add job". */
  String noun();

  /** The fields showing {@code entry}; {@code null} gives the empty fields of a new entry. */
  Fields fields(T entry);

  /** The record the fields stand for now, with the unknown fields it came with. */
  T build(Fields fields, Map<String, JsonNode> extensions);

  Map<String, JsonNode> extensions(T entry);

  /** A one-line title of the entry as it is typed, empty when nothing is typed yet. */
  String heading(Fields fields);
}
