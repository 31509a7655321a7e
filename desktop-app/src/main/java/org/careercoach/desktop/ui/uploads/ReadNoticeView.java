package org.careercoach.desktop.ui.uploads;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The small notice over the window's corner when a file is read: its words, Review and Dismiss. Not
 * modal and takes no focus, so typing goes on; Tab reaches its buttons like any others.
 */
final class ReadNoticeView extends HBox {

  ReadNoticeView(ReadNoticeViewModel viewModel) {
    super(12);
    setId("read-notice");
    getStyleClass().add("read-notice");
    Label text = new Label();
    text.setId("read-notice-text");
    text.textProperty().bind(viewModel.textProperty());
    text.setMinWidth(Region.USE_PREF_SIZE);
    Button review = new Button("Review");
    review.setId("read-notice-review");
    review.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
    review.accessibleTextProperty().bind(viewModel.textProperty().concat(": review"));
    review.setOnAction(e -> viewModel.review());
    Button dismiss = new Button("Dismiss");
    dismiss.setId("read-notice-dismiss");
    dismiss.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    dismiss.setAccessibleText("Dismiss the notice");
    dismiss.setOnAction(e -> viewModel.dismiss());
    getChildren().addAll(text, review, dismiss);
    setAlignment(Pos.CENTER_LEFT);
    setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    // Screen readers announce it as it appears, as they do an alert.
    setAccessibleRole(AccessibleRole.TEXT);
    accessibleTextProperty().bind(viewModel.textProperty());
    visibleProperty().bind(viewModel.textProperty().isNotEmpty());
    managedProperty().bind(visibleProperty());
  }
}
