package org.careercoach.desktop.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list section (work, skills…) while it is edited: its entries in order, which are added, removed
 * and moved here, one undo step each. The same class serves every kind of entry.
 */
final class EntryListModel<T> {

  private final EntryKind<T> kind;
  private final FormListener listener;
  private final boolean absent;
  private final ObservableList<EntryModel<T>> entries = FXCollections.observableArrayList();
  private final ObservableList<EntryModel<T>> readOnly =
      FXCollections.unmodifiableObservableList(entries);
  private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded", true);

  EntryListModel(EntryKind<T> kind, List<T> initial, FormListener listener) {
    this.kind = kind;
    this.listener = listener;
    this.absent = initial == null;
    if (initial != null) {
      initial.forEach(entry -> entries.add(new EntryModel<>(kind, entry, listener)));
    }
  }

  EntryKind<T> kind() {
    return kind;
  }

  ObservableList<EntryModel<T>> entries() {
    return readOnly;
  }

  /** Whether the section shows its entries or only its title. */
  BooleanProperty expandedProperty() {
    return expanded;
  }

  /** Adds an empty entry at the end. */
  EntryModel<T> add() {
    EntryModel<T> entry = new EntryModel<>(kind, null, listener);
    int at = entries.size();
    entries.add(entry);
    expanded.set(true);
    listener.structureEdited(
        UndoStep.of(() -> entries.remove(entry), () -> entries.add(at, entry)));
    return entry;
  }

  void remove(EntryModel<T> entry) {
    int at = entries.indexOf(entry);
    if (at < 0) {
      return;
    }
    entries.remove(at);
    listener.structureEdited(
        UndoStep.of(() -> entries.add(at, entry), () -> entries.remove(entry)));
  }

  /**
   * Moves {@code entry} to position {@code to} (clamped to the list).
   *
   * @return whether it moved
   */
  boolean move(EntryModel<T> entry, int to) {
    int from = entries.indexOf(entry);
    int target = Math.max(0, Math.min(to, entries.size() - 1));
    if (from < 0 || from == target) {
      return false;
    }
    relocate(entry, target);
    listener.structureEdited(
        UndoStep.of(() -> relocate(entry, from), () -> relocate(entry, target)));
    return true;
  }

  boolean moveUp(EntryModel<T> entry) {
    return move(entry, entries.indexOf(entry) - 1);
  }

  boolean moveDown(EntryModel<T> entry) {
    return move(entry, entries.indexOf(entry) + 1);
  }

  /** One change to the list, so a view never sees the entry gone in between. */
  private void relocate(EntryModel<T> entry, int to) {
    List<EntryModel<T>> order = new ArrayList<>(entries);
    order.remove(entry);
    order.add(to, entry);
    entries.setAll(order);
  }

  /** The entries as records; a section the resume never had stays absent while it is empty. */
  List<T> toList() {
    if (entries.isEmpty() && absent) {
      return null;
    }
    return entries.stream().map(EntryModel::toRecord).toList();
  }

  boolean valid() {
    return entries.stream().allMatch(entry -> entry.fields().valid());
  }
}
