package org.careercoach.desktop.ui.signin;

import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.careercoach.desktop.ui.common.Forms;

/** The Create account screen. */
public final class CreateAccountView extends StackPane {

  public CreateAccountView(CreateAccountViewModel viewModel) {
    TextField name = new TextField();
    name.setId("create-name");
    TextField email = new TextField();
    email.setId("create-email");
    email.setPromptText("name@example.com");
    PasswordField password = new PasswordField();
    password.setId("create-password");
    password.setPromptText("at least 10 characters");
    PasswordField repeat = new PasswordField();
    repeat.setId("create-repeat");

    Button create = new Button("Create account");
    create.setId("create-submit");
    create.setOnAction(e -> viewModel.create());
    Button cancel = Forms.cancel("Cancel");
    cancel.setId("create-cancel");
    cancel.setOnAction(e -> viewModel.cancel());
    var formError = Forms.errorLabel(viewModel.errors().form());
    formError.setId("create-error");

    var errors = viewModel.errors();
    getChildren()
        .add(
            Forms.card(
                "Create your account",
                "Your resumes stay on this computer; the account keeps them in sync.",
                Forms.field("Name", name, viewModel.nameProperty(), errors.of("name")),
                Forms.field("Email", email, viewModel.emailProperty(), errors.of("email")),
                Forms.field(
                    "Password", password, viewModel.passwordProperty(), errors.of("password")),
                Forms.field(
                    "Password again", repeat, viewModel.repeatProperty(), errors.of("repeat")),
                formError,
                Forms.primaryAction(create, viewModel.busyProperty(), cancel)));
    Forms.focusWhenShown(this, () -> name);
  }
}
