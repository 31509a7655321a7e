package org.careercoach.desktop.ui.signin;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careercoach.desktop.service.account.Accounts;
import org.careercoach.desktop.service.session.SessionService;
import org.careercoach.desktop.ui.common.Busy;
import org.careercoach.desktop.ui.common.Command;
import org.careercoach.desktop.ui.common.Commands;
import org.careercoach.desktop.ui.common.FieldErrors;
import org.careercoach.desktop.ui.common.FormRules;
import org.careercoach.desktop.ui.shell.Navigator;

/**
 * Forgot password, in two steps: ask for the email, then paste the code or link it carries and
 * choose a new password. Someone who already has the email can go straight to the second step.
 */
public final class ForgotPasswordViewModel {

  private final Accounts accounts;
  private final SessionService session;
  private final Navigator navigator;
  private final Consumer<String> emailForSignIn;
  private final StringProperty email = new SimpleStringProperty("");
  private final StringProperty code = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty repeat = new SimpleStringProperty("");
  private final ReadOnlyBooleanWrapper codeStep = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final FieldErrors errors = new FieldErrors("email", "token", "newPassword", "repeat");
  private final Command command;

  /**
   * @param emailForSignIn hands the email used here to the Sign in form, for signing in afterwards
   */
  public ForgotPasswordViewModel(
      Commands commands,
      Accounts accounts,
      SessionService session,
      Navigator navigator,
      Consumer<String> emailForSignIn) {
    this.accounts = accounts;
    this.session = session;
    this.navigator = navigator;
    // Both steps share one busy flag: one request at a time from this screen.
    this.command = commands.forForm(errors, new Busy());
    this.emailForSignIn = emailForSignIn;
  }

  public void sendLink() {
    errors.clear();
    FormRules.email(email.get()).ifPresent(message -> errors.set("email", message));
    if (errors.anyField() || command.running()) {
      return;
    }
    String typedEmail = email.get().strip();
    command.run(
        () -> {
          accounts.current().requestPasswordReset(typedEmail);
          return typedEmail;
        },
        sentTo -> {
          notice.set(
              "If "
                  + sentTo
                  + " has an account, an email with a reset link is on its way. Paste the link"
                  + " (or the code in it) below.");
          codeStep.set(true);
        });
  }

  /** For someone who already has the email. */
  public void haveCode() {
    errors.clear();
    codeStep.set(true);
  }

  public void resetPassword() {
    errors.clear();
    FormRules.required(code.get(), "Paste the link or code from the email.")
        .ifPresent(message -> errors.set("token", message));
    FormRules.newPassword(password.get()).ifPresent(message -> errors.set("newPassword", message));
    if (errors.of("newPassword").get().isEmpty()) {
      FormRules.repeated(password.get(), repeat.get()).ifPresent(m -> errors.set("repeat", m));
    }
    if (errors.anyField() || command.running()) {
      return;
    }
    String pasted = code.get();
    String chosen = password.get();
    command.run(
        () -> accounts.current().resetPassword(pasted, chosen),
        () -> {
          String typedEmail = email.get().strip();
          reset();
          if (!typedEmail.isEmpty()) {
            emailForSignIn.accept(typedEmail);
          }
          session.signedOut("Your password is changed. Sign in with the new one.");
        });
  }

  public void cancel() {
    reset();
    navigator.back();
  }

  private void reset() {
    errors.clear();
    code.set("");
    password.set("");
    repeat.set("");
    notice.set("");
    codeStep.set(false);
  }

  public StringProperty emailProperty() {
    return email;
  }

  public StringProperty codeProperty() {
    return code;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public StringProperty repeatProperty() {
    return repeat;
  }

  /** False while asking for the email, true while asking for the code and the new password. */
  public ReadOnlyBooleanProperty codeStepProperty() {
    return codeStep.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public FieldErrors errors() {
    return errors;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return command.busyProperty();
  }
}
