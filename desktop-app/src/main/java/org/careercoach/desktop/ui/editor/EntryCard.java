package org.careercoach.desktop.ui.editor;

import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One entry of a list section: a header (drag handle, title, actions menu) over its fields. Alt+Up
 * and Alt+Down anywhere in it move it; the menu does the same for the mouse and says the keys.
 */
final class EntryCard<T> extends VBox {

  static final KeyCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
  static final KeyCombination MOVE_DOWN =
      new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);

  private final EntryModel<T> entry;
  private final HBox header;
  private final MenuButton actions;

  EntryCard(EntryListModel<T> list, EntryModel<T> entry, Map<FieldModel, Node> inputs) {
    this.entry = entry;
    EntryKind<T> kind = entry.kind();
    getStyleClass().add("entry-card");
    setSpacing(12);

    Label handle = new Label("⠿");
    handle.getStyleClass().add("drag-handle");
    handle.setAccessibleText("Drag to move; or Alt+Up and Alt+Down");
    Label heading = new Label();
    heading.getStyleClass().addAll(Styles.TEXT_BOLD, "entry-heading");
    heading
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    entry.heading().get().isEmpty() ? "New " + kind.noun() : entry.heading().get(),
                entry.heading()));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);

    MenuItem up = new MenuItem("Move up\tAlt+Up");
    up.setOnAction(e -> move(list, true));
    MenuItem down = new MenuItem("Move down\tAlt+Down");
    down.setOnAction(e -> move(list, false));
    MenuItem remove = new MenuItem("Remove " + kind.noun());
    remove.setOnAction(e -> list.remove(entry));
    remove.getStyleClass().add(Styles.DANGER);
    actions = new MenuButton("Actions", null, up, down, remove);
    actions.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
    actions.getStyleClass().add("entry-actions");
    actions.accessibleTextProperty().bind(Bindings.concat("Actions for ", heading.textProperty()));

    header = new HBox(8, handle, heading, spacer, actions);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("entry-header");

    getChildren().addAll(header, FieldInputs.grid(entry.fields(), kind.id(), "", inputs));

    addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (MOVE_UP.match(event)) {
            event.consume();
            move(list, true);
          } else if (MOVE_DOWN.match(event)) {
            event.consume();
            move(list, false);
          }
        });
  }

  EntryModel<T> entry() {
    return entry;
  }

  /** Where a drag starts. */
  HBox header() {
    return header;
  }

  /** The first input, for focus when the entry is added. */
  void focusFirstInput() {
    lookupAll(".text-input").stream().findFirst().ifPresent(Node::requestFocus);
  }

  /** Moves the entry and keeps the focus where it was, in the moved entry. */
  private void move(EntryListModel<T> list, boolean up) {
    Node focused = getScene() == null ? null : getScene().getFocusOwner();
    boolean moved = up ? list.moveUp(entry) : list.moveDown(entry);
    if (moved) {
      (focused != null && isAncestorOf(focused) ? focused : actions).requestFocus();
    }
  }

  private boolean isAncestorOf(Node node) {
    for (Node at = node; at != null; at = at.getParent()) {
      if (at == this) {
        return true;
      }
    }
    return false;
  }
}
