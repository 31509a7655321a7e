package org.careercoach.desktop.ui.coach;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Shows exactly what would go to the server's AI model; true only when the person says Send. */
final class SendConfirmation {

  private SendConfirmation() {}

  /**
   * Runs {@code ask} once the person has seen {@code material} and said Send, or at once when there
   * is nothing to send: {@code ask} then says why nothing goes.
   */
  static void thenAsk(Window owner, String header, String material, Runnable ask) {
    if (material.isEmpty() || ask(owner, header, material)) {
      ask.run();
    }
  }

  static boolean ask(Window owner, String header, String material) {
    TextArea sent = new TextArea(material);
    sent.setEditable(false);
    sent.setWrapText(true);
    sent.setPrefRowCount(12);
    sent.setId("send-material");
    sent.setAccessibleText("Exactly what is sent");
    Alert confirm = new Alert(Alert.AlertType.NONE);
    confirm.initOwner(owner);
    confirm.setTitle("Send to the server's AI model?");
    confirm.setHeaderText(header);
    confirm.getDialogPane().setContent(sent);
    ButtonType send = new ButtonType("Send", ButtonBar.ButtonData.OK_DONE);
    confirm.getButtonTypes().setAll(send, ButtonType.CANCEL);
    return confirm.showAndWait().filter(send::equals).isPresent();
  }
}
