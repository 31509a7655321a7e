package org.careercoach.desktop.ui.common;

import atlantafx.base.theme.Styles;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The pieces every form is made of, built the same way: labelled, accessible, with its error. */
public final class Forms {

  private Forms() {}

  /**
   * A label, its input and the input's error under it. The label names the input for screen
   * readers, and the error is read out with it.
   */
  public static VBox field(
      String label, TextInputControl input, Property<String> value, ObservableStringValue error) {
    Label caption = new Label(label);
    caption.setLabelFor(input);
    caption.setMnemonicParsing(false);
    input.textProperty().bindBidirectional(value);
    input.setAccessibleText(label);
    Label message = errorLabel(error);
    message.setId(input.getId() + "-error");
    error.addListener(
        (obs, old, now) -> {
          input.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty());
          input.setAccessibleHelp(now);
        });
    VBox box = new VBox(4, caption, input, message);
    box.getStyleClass().add("form-field");
    return box;
  }

  /** A message that takes no room while empty. */
  public static Label errorLabel(ObservableStringValue error) {
    Label message = new Label();
    message.textProperty().bind(error);
    message.setWrapText(true);
    message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
    message.visibleProperty().bind(Bindings.isNotEmpty(error));
    message.managedProperty().bind(message.visibleProperty());
    return message;
  }

  /** A line of text that takes no room while empty (notices, confirmations). */
  public static Label notice(ObservableStringValue text, String style) {
    Label notice = new Label();
    notice.textProperty().bind(text);
    notice.setWrapText(true);
    notice.getStyleClass().addAll("notice", style);
    notice.visibleProperty().bind(Bindings.isNotEmpty(text));
    notice.managedProperty().bind(notice.visibleProperty());
    return notice;
  }

  /** The form's main button: Enter presses it; disabled, with a spinner beside it, while busy. */
  public static HBox primaryAction(Button button, ObservableBooleanValue busy, Control... others) {
    button.setDefaultButton(true);
    button.getStyleClass().add(Styles.ACCENT);
    button.disableProperty().bind(busy);
    ProgressIndicator spinner = spinner(busy);
    HBox row = new HBox(12);
    row.getChildren().add(button);
    row.getChildren().addAll(others);
    row.getChildren().add(spinner);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  public static ProgressIndicator spinner(ObservableBooleanValue busy) {
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(18, 18);
    spinner.setAccessibleText("Working");
    spinner.visibleProperty().bind(busy);
    return spinner;
  }

  /** A quiet button that leaves the form: Esc presses it. */
  public static Button cancel(String text) {
    Button cancel = new Button(text);
    cancel.setCancelButton(true);
    cancel.getStyleClass().add(Styles.FLAT);
    return cancel;
  }

  /** A link-like button to another screen. */
  public static Button link(String text) {
    Button link = new Button(text);
    link.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT, "link-button");
    return link;
  }

  /**
   * Puts the keyboard in {@code target} each time {@code view} is shown, so a screen reached by
   * keyboard can be typed into at once (and Enter never lands on a button left behind).
   */
  public static void focusWhenShown(Node view, Supplier<Node> target) {
    view.sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene != null) {
                target.get().requestFocus();
              }
            });
  }

  /** A centred card of limited width holding a form. */
  public static Region card(String title, String subtitle, Node... content) {
    Label heading = new Label(title);
    heading.getStyleClass().add(Styles.TITLE_3);
    VBox card = new VBox(14, heading);
    if (subtitle != null) {
      Label sub = new Label(subtitle);
      sub.setWrapText(true);
      sub.getStyleClass().add(Styles.TEXT_MUTED);
      card.getChildren().add(sub);
    }
    card.getChildren().addAll(content);
    card.getStyleClass().add("form-card");
    card.setMaxWidth(420);
    VBox centre = new VBox(card);
    centre.setAlignment(Pos.TOP_CENTER);
    centre.getStyleClass().add("screen");
    return centre;
  }

  /**
   * A text area that wraps, {@code rows} high. Tab moves on to the next field, as in every other
   * input, instead of typing a tab: the text area's own Ctrl+Tab does that, so Tab is handed to it
   * as Ctrl+Tab.
   */
  public static TextArea wrappingArea(int rows) {
    TextArea area = new TextArea();
    area.setWrapText(true);
    area.setPrefRowCount(rows);
    area.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
            event.consume();
            area.fireEvent(
                new KeyEvent(
                    KeyEvent.KEY_PRESSED,
                    "",
                    "",
                    KeyCode.TAB,
                    event.isShiftDown(),
                    true,
                    false,
                    false));
          }
        });
    return area;
  }
}
