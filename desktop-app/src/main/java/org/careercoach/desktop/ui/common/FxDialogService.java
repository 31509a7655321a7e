package org.careercoach.desktop.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts over the app's one window, themed like the rest. */
public final class FxDialogService implements DialogService {

  @Override
  public boolean confirm(String title, String message, String confirmLabel) {
    return confirm(title, message, confirmLabel, "Cancel");
  }

  @Override
  public boolean confirm(String title, String message, String confirmLabel, String keepLabel) {
    ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel = new ButtonType(keepLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, cancel, confirm);
    alert.setTitle(title);
    alert.setHeaderText(title);
    Window.getWindows().stream().filter(Window::isShowing).findFirst().ifPresent(alert::initOwner);
    // Enter must not confirm what can't be undone: the safe choice is the default.
    alert.getDialogPane().lookupButton(confirm).getStyleClass().add("danger");
    ((Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
    ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
    return alert.showAndWait().filter(confirm::equals).isPresent();
  }

  @Override
  public boolean offer(String title, String message, String yes, String no) {
    ButtonType take = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
    ButtonType leave = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, leave, take);
    alert.setTitle(title);
    alert.setHeaderText(title);
    Window.getWindows().stream().filter(Window::isShowing).findFirst().ifPresent(alert::initOwner);
    return alert.showAndWait().filter(take::equals).isPresent();
  }
}
