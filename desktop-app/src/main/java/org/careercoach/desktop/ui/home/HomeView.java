package org.careercoach.desktop.ui.home;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.careercoach.desktop.ui.common.Forms;
import org.careercoach.model.api.UserProfile;

/** Home: who is signed in, and what the app is for. */
public final class HomeView extends VBox {

  public HomeView(HomeViewModel shell) {
    super(12);
    Label greeting = new Label();
    greeting.setId("home-greeting");
    greeting.getStyleClass().add(Styles.TITLE_3);
    greeting
        .textProperty()
        .bind(Bindings.createStringBinding(() -> greeting(shell), shell.userProperty()));

    Label account = new Label();
    account.setId("home-account");
    account.getStyleClass().add(Styles.TEXT_MUTED);
    account
        .textProperty()
        .bind(Bindings.createStringBinding(() -> account(shell), shell.userProperty()));

    Label note = Forms.notice(shell.accountNoteProperty(), Styles.TEXT_MUTED);
    note.setId("home-note");

    Label verify = new Label("Please confirm your email address with the link we sent you.");
    verify.setId("home-verify");
    verify.setWrapText(true);
    verify.getStyleClass().addAll("notice", Styles.WARNING);
    verify
        .visibleProperty()
        .bind(
            Bindings.createBooleanBinding(
                () ->
                    shell.userProperty().get() != null
                        && !shell.userProperty().get().emailVerified(),
                shell.userProperty()));
    verify.managedProperty().bind(verify.visibleProperty());

    Label body =
        new Label(
            "Your resumes live on this computer first, so you can work without a connection."
                + " When the server can be reached, they sync.");
    body.setWrapText(true);

    getChildren().addAll(greeting, account, note, verify, body);
    setMaxWidth(560);
    setPadding(new Insets(32));
    getStyleClass().add("screen");
  }

  private static String greeting(HomeViewModel shell) {
    UserProfile user = shell.userProperty().get();
    return user == null ? "Welcome back" : "Welcome, " + user.name();
  }

  private static String account(HomeViewModel shell) {
    UserProfile user = shell.userProperty().get();
    if (user != null) {
      return "Signed in as " + user.email();
    }
    String last = shell.lastEmail();
    return last.isEmpty() ? "Signed in" : "Signed in as " + last;
  }
}
