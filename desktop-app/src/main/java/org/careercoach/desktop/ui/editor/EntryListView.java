package org.careercoach.desktop.ui.editor;

import atlantafx.base.theme.Styles;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;

/**
 * A list section of any kind: a collapsible pane with its entries and an Add button. Entries move
 * by drag and drop on their header, or by the keyboard (see {@link EntryCard}). The cards are made
 * once per entry and kept, so a moved entry keeps its text, caret and focus.
 */
final class EntryListView<T> extends TitledPane {

  private final EntryListModel<T> list;
  private final Map<FieldModel, Node> inputs;
  private final Map<EntryModel<T>, EntryCard<T>> cards = new IdentityHashMap<>();
  private final VBox entries = new VBox(12);
  private EntryCard<T> dragged;

  /** Moves a whole section one place up or down; false when it is already at that end. */
  @FunctionalInterface
  interface SectionMover {
    boolean move(EntryListModel<?> section, boolean up);
  }

  private static final KeyCombination SECTION_UP =
      new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN);
  private static final KeyCombination SECTION_DOWN =
      new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN);

  /** A list inside another section (a person's profiles): it has no place of its own to move. */
  EntryListView(EntryListModel<T> list, Map<FieldModel, Node> inputs) {
    this(list, inputs, null);
  }

  /**
   * @param mover moves this section among the others; null for a nested list
   */
  EntryListView(EntryListModel<T> list, Map<FieldModel, Node> inputs, SectionMover mover) {
    this.list = list;
    this.inputs = inputs;
    EntryKind<T> kind = list.kind();
    setId("section-" + kind.id());
    getStyleClass().add("editor-section");
    textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    list.entries().isEmpty()
                        ? kind.section()
                        : kind.section() + " (" + list.entries().size() + ")",
                list.entries()));
    accessibleTextProperty().bind(textProperty());
    expandedProperty().bindBidirectional(list.expandedProperty());

    Button add = new Button("Add " + kind.noun());
    add.setId("add-" + kind.id());
    add.getStyleClass().addAll(Styles.FLAT, "add-entry");
    add.setOnAction(
        e -> {
          EntryModel<T> added = list.add();
          cards.get(added).focusFirstInput();
        });
    VBox content = new VBox(12, entries, add);
    setContent(content);
    if (mover != null) {
      sectionMoves(mover);
    }
    list.entries().addListener((ListChangeListener<EntryModel<T>>) change -> layoutCards());
    layoutCards();
  }

  /**
   * Puts the cards in the list's order. The card holding the focus stays in the scene graph while
   * the others are placed around it: a node taken out of the scene loses the focus, and the focus
   * must follow a moved entry.
   */
  private void layoutCards() {
    List<EntryModel<T>> now = list.entries();
    cards.keySet().retainAll(now);
    List<Node> wanted = now.stream().map(this::card).map(Node.class::cast).toList();
    Node keep = focusedCard();
    int at = keep == null ? -1 : wanted.indexOf(keep);
    if (at < 0) {
      entries.getChildren().setAll(wanted);
    } else {
      entries.getChildren().retainAll(keep);
      entries.getChildren().addAll(0, wanted.subList(0, at));
      entries.getChildren().addAll(wanted.subList(at + 1, wanted.size()));
    }
    entries.setVisible(!now.isEmpty());
    entries.setManaged(!now.isEmpty());
  }

  private Node focusedCard() {
    if (getScene() == null) {
      return null;
    }
    for (Node at = getScene().getFocusOwner(); at != null; at = at.getParent()) {
      if (at.getParent() == entries) {
        return at;
      }
    }
    return null;
  }

  private EntryCard<T> card(EntryModel<T> entry) {
    return cards.computeIfAbsent(
        entry,
        made -> {
          EntryCard<T> card = new EntryCard<>(list, made, inputs);
          dragAndDrop(card);
          return card;
        });
  }

  /**
   * The section's own place in the resume: its header's context menu, or Alt+Shift+Up/Down from
   * anywhere in it. Exports print the sections in this order.
   */
  private void sectionMoves(SectionMover mover) {
    MenuItem up = new MenuItem("Move section up\tAlt+Shift+Up");
    up.setOnAction(e -> mover.move(list, true));
    MenuItem down = new MenuItem("Move section down\tAlt+Shift+Down");
    down.setOnAction(e -> mover.move(list, false));
    setContextMenu(new ContextMenu(up, down));
    setTooltip(new Tooltip("Right-click to move this section up or down"));
    addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (SECTION_UP.match(event) || SECTION_DOWN.match(event)) {
            event.consume();
            mover.move(list, SECTION_UP.match(event));
          }
        });
  }

  /** Dragging a card's header onto another card of the same section puts it in that place. */
  private void dragAndDrop(EntryCard<T> card) {
    card.header()
        .setOnDragDetected(
            event -> {
              Dragboard board = card.header().startDragAndDrop(TransferMode.MOVE);
              ClipboardContent content = new ClipboardContent();
              content.putString(card.entry().heading().get());
              board.setContent(content);
              startDrag(card);
              event.consume();
            });
    card.setOnDragOver(
        event -> {
          if (dragged != null && dragged != card) {
            event.acceptTransferModes(TransferMode.MOVE);
          }
          event.consume();
        });
    card.setOnDragEntered(e -> card.pseudoClassStateChanged(DROP_TARGET, dragged != null));
    card.setOnDragExited(e -> card.pseudoClassStateChanged(DROP_TARGET, false));
    card.setOnDragDropped(
        event -> {
          boolean done = dragged != null && dropOn(card);
          event.setDropCompleted(done);
          event.consume();
        });
    card.setOnDragDone(e -> dragged = null);
  }

  /** Moves the dragged entry to where {@code target} is; a step of the undo history. */
  boolean dropOn(EntryCard<T> target) {
    EntryCard<T> moving = dragged;
    dragged = null;
    return moving != null && list.move(moving.entry(), list.entries().indexOf(target.entry()));
  }

  /** Starts a drag of {@code card} as the mouse would: for the drop target's handlers. */
  void startDrag(EntryCard<T> card) {
    dragged = card;
  }

  private static final javafx.css.PseudoClass DROP_TARGET =
      javafx.css.PseudoClass.getPseudoClass("drop-target");
}
