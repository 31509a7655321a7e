package org.careercoach.desktop.ui.signin;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.careercoach.desktop.ui.common.Forms;

/** The Sign in screen. */
public final class SignInView extends StackPane {

  private static HBox newHere(Button create) {
    Label question = new Label("New here?");
    question.getStyleClass().add(Styles.TEXT_MUTED);
    HBox row = new HBox(6, question, create);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  public SignInView(SignInViewModel viewModel) {
    TextField email = new TextField();
    email.setId("signin-email");
    email.setPromptText("name@example.com");
    PasswordField password = new PasswordField();
    password.setId("signin-password");

    Button signIn = new Button("Sign in");
    signIn.setId("signin-submit");
    signIn.setOnAction(e -> viewModel.signIn());
    Button forgot = Forms.link("Forgot password?");
    forgot.setId("signin-forgot");
    forgot.setOnAction(e -> viewModel.forgotPassword());
    Button create = Forms.link("Create an account");
    create.setId("signin-create");
    create.setOnAction(e -> viewModel.createAccount());

    var notice = Forms.notice(viewModel.noticeProperty(), Styles.WARNING);
    notice.setId("signin-notice");
    var formError = Forms.errorLabel(viewModel.errors().form());
    formError.setId("signin-error");

    getChildren()
        .add(
            Forms.card(
                "Sign in",
                "Sign in to keep your resumes in sync across your computers.",
                notice,
                Forms.field(
                    "Email", email, viewModel.emailProperty(), viewModel.errors().of("email")),
                Forms.field(
                    "Password",
                    password,
                    viewModel.passwordProperty(),
                    viewModel.errors().of("password")),
                formError,
                Forms.primaryAction(signIn, viewModel.busyProperty(), forgot),
                newHere(create)));
    Forms.focusWhenShown(this, () -> email.getText().isEmpty() ? email : password);
  }
}
