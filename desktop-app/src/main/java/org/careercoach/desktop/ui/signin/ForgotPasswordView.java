package org.careercoach.desktop.ui.signin;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.careercoach.desktop.ui.common.Forms;

/** The Forgot password screen: the email step, then the code-and-new-password step. */
public final class ForgotPasswordView extends StackPane {

  public ForgotPasswordView(ForgotPasswordViewModel viewModel) {
    var errors = viewModel.errors();

    TextField email = new TextField();
    email.setId("reset-email");
    email.setPromptText("name@example.com");
    Button send = new Button("Email me a reset link");
    send.setId("reset-send");
    send.setOnAction(e -> viewModel.sendLink());
    Button haveCode = Forms.link("I already have a code");
    haveCode.setId("reset-have-code");
    haveCode.setOnAction(e -> viewModel.haveCode());
    Button cancelRequest = Forms.cancel("Cancel");
    cancelRequest.setOnAction(e -> viewModel.cancel());
    VBox request =
        new VBox(
            14,
            Forms.field("Email", email, viewModel.emailProperty(), errors.of("email")),
            Forms.primaryAction(send, viewModel.busyProperty(), cancelRequest),
            haveCode);

    TextField code = new TextField();
    code.setId("reset-code");
    code.setPromptText("the link or the code from the email");
    PasswordField password = new PasswordField();
    password.setId("reset-password");
    PasswordField repeat = new PasswordField();
    repeat.setId("reset-repeat");
    Button confirm = new Button("Set new password");
    confirm.setId("reset-submit");
    confirm.setOnAction(e -> viewModel.resetPassword());
    Button cancelReset = Forms.cancel("Cancel");
    cancelReset.setOnAction(e -> viewModel.cancel());
    VBox reset =
        new VBox(
            14,
            Forms.field("Reset link or code", code, viewModel.codeProperty(), errors.of("token")),
            Forms.field(
                "New password", password, viewModel.passwordProperty(), errors.of("newPassword")),
            Forms.field(
                "New password again", repeat, viewModel.repeatProperty(), errors.of("repeat")),
            Forms.primaryAction(confirm, viewModel.busyProperty(), cancelReset));

    Steps steps = new Steps(request, send, cancelRequest, reset, confirm, cancelReset);
    steps.show(viewModel.codeStepProperty().get());
    viewModel
        .codeStepProperty()
        .addListener(
            (obs, was, codeStep) -> {
              steps.show(codeStep);
              (codeStep ? code : email).requestFocus();
            });

    Forms.focusWhenShown(this, () -> viewModel.codeStepProperty().get() ? code : email);
    var notice = Forms.notice(viewModel.noticeProperty(), Styles.SUCCESS);
    notice.setId("reset-notice");
    var formError = Forms.errorLabel(errors.form());
    formError.setId("reset-error");
    getChildren()
        .add(
            Forms.card(
                "Reset your password",
                "We email you a link; paste it here and choose a new password.",
                notice,
                formError,
                request,
                reset));
  }

  /**
   * Shows one step. A scene has one Enter and one Esc button, whichever claimed it last, so the
   * hidden step's buttons give them up before the shown step's claim them.
   */
  private record Steps(
      VBox request,
      Button send,
      Button cancelRequest,
      VBox reset,
      Button confirm,
      Button cancelReset) {

    void show(boolean codeStep) {
      request.setVisible(!codeStep);
      request.setManaged(!codeStep);
      reset.setVisible(codeStep);
      reset.setManaged(codeStep);
      Button shownDefault = codeStep ? confirm : send;
      Button hiddenDefault = codeStep ? send : confirm;
      Button shownCancel = codeStep ? cancelReset : cancelRequest;
      Button hiddenCancel = codeStep ? cancelRequest : cancelReset;
      hiddenDefault.setDefaultButton(false);
      hiddenCancel.setCancelButton(false);
      shownDefault.setDefaultButton(true);
      shownCancel.setCancelButton(true);
    }
  }
}
