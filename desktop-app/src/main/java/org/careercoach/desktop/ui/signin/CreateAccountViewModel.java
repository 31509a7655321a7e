package org.careercoach.desktop.ui.signin;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careercoach.desktop.service.account.Accounts;
import org.careercoach.desktop.service.session.SessionService;
import org.careercoach.desktop.ui.common.Command;
import org.careercoach.desktop.ui.common.Commands;
import org.careercoach.desktop.ui.common.FieldErrors;
import org.careercoach.desktop.ui.common.FormRules;
import org.careercoach.desktop.ui.shell.Navigator;

/** Create an account: name, email, a new password typed twice. Signs in when it is made. */
public final class CreateAccountViewModel {

  private final Accounts accounts;
  private final SessionService session;
  private final Navigator navigator;
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty email = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty repeat = new SimpleStringProperty("");
  private final FieldErrors errors = new FieldErrors("name", "email", "password", "repeat");
  private final Command createCommand;

  public CreateAccountViewModel(
      Commands commands, Accounts accounts, SessionService session, Navigator navigator) {
    this.accounts = accounts;
    this.session = session;
    this.navigator = navigator;
    this.createCommand = commands.forForm(errors);
  }

  public void create() {
    errors.clear();
    FormRules.name(name.get()).ifPresent(message -> errors.set("name", message));
    FormRules.email(email.get()).ifPresent(message -> errors.set("email", message));
    FormRules.newPassword(password.get()).ifPresent(message -> errors.set("password", message));
    if (errors.of("password").get().isEmpty()) {
      FormRules.repeated(password.get(), repeat.get()).ifPresent(m -> errors.set("repeat", m));
    }
    if (errors.anyField() || createCommand.running()) {
      return;
    }
    String typedName = name.get().strip();
    String typedEmail = email.get().strip();
    String typedPassword = password.get();
    createCommand.run(
        () -> accounts.current().createAccount(typedName, typedEmail, typedPassword),
        user -> {
          clear();
          session.signedIn(user);
        });
  }

  public void cancel() {
    errors.clear();
    navigator.back();
  }

  private void clear() {
    name.set("");
    email.set("");
    password.set("");
    repeat.set("");
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty emailProperty() {
    return email;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public StringProperty repeatProperty() {
    return repeat;
  }

  public FieldErrors errors() {
    return errors;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return createCommand.busyProperty();
  }
}
