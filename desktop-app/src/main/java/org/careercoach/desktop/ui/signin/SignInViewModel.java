package org.careercoach.desktop.ui.signin;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careercoach.desktop.service.account.Accounts;
import org.careercoach.desktop.service.session.SessionService;
import org.careercoach.desktop.ui.common.Command;
import org.careercoach.desktop.ui.common.Commands;
import org.careercoach.desktop.ui.common.FieldErrors;
import org.careercoach.desktop.ui.common.FormRules;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.desktop.ui.shell.Screen;

/** Sign in with email and password. */
public final class SignInViewModel {

  private final Accounts accounts;
  private final SessionService session;
  private final Navigator navigator;
  private final StringProperty email = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final FieldErrors errors = new FieldErrors("email", "password");
  private final Command signInCommand;

  public SignInViewModel(
      Commands commands, Accounts accounts, SessionService session, Navigator navigator) {
    this.accounts = accounts;
    this.session = session;
    this.navigator = navigator;
    this.signInCommand = commands.forForm(errors);
  }

  /** Shown above the form: why the user is here again, or what to do next. */
  public void showNotice(String text) {
    notice.set(text == null ? "" : text);
  }

  /** Fills in the email just used elsewhere (a password reset), so only the password is left. */
  public void useEmail(String address) {
    email.set(address);
    password.set("");
    errors.clear();
  }

  /** Fills the email of the last sign-in, unless the user already typed one. */
  public void suggestEmail(String lastEmail) {
    if (email.get().isEmpty()) {
      email.set(lastEmail);
    }
  }

  public void signIn() {
    errors.clear();
    FormRules.email(email.get()).ifPresent(message -> errors.set("email", message));
    FormRules.enteredPassword(password.get()).ifPresent(m -> errors.set("password", m));
    if (errors.anyField() || signInCommand.running()) {
      return;
    }
    String typedEmail = email.get().strip();
    String typedPassword = password.get();
    signInCommand.run(
        () -> accounts.current().signIn(typedEmail, typedPassword),
        user -> {
          password.set("");
          notice.set("");
          session.signedIn(user);
        });
  }

  public void createAccount() {
    navigator.show(Screen.CREATE_ACCOUNT);
  }

  public void forgotPassword() {
    navigator.show(Screen.FORGOT_PASSWORD);
  }

  public StringProperty emailProperty() {
    return email;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public FieldErrors errors() {
    return errors;
  }

  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return signInCommand.busyProperty();
  }
}
