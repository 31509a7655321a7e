package org.careercoach.desktop.ui.signin;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.account.Accounts;
import org.careercoach.desktop.ui.common.ActionFailures;
import org.careercoach.desktop.ui.common.Busy;
import org.careercoach.desktop.ui.common.FieldErrors;
import org.careercoach.desktop.ui.common.FormRules;
import org.careercoach.desktop.ui.shell.Navigator;

/** Create an account: name, email, a new password typed twice. Signs in when it is made. */
public final class CreateAccountViewModel {

  private final TaskExecutor executor;
  private final Accounts accounts;
  private final Navigator navigator;
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty email = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty repeat = new SimpleStringProperty("");
  private final FieldErrors errors = new FieldErrors("name", "email", "password", "repeat");
  private final Busy busy = new Busy();

  public CreateAccountViewModel(TaskExecutor executor, Accounts accounts, Navigator navigator) {
    this.executor = executor;
    this.accounts = accounts;
    this.navigator = navigator;
  }

  public void create() {
    errors.clear();
    FormRules.name(name.get()).ifPresent(message -> errors.set("name", message));
    FormRules.email(email.get()).ifPresent(message -> errors.set("email", message));
    FormRules.newPassword(password.get()).ifPresent(message -> errors.set("password", message));
    if (errors.of("password").get().isEmpty()) {
      FormRules.repeated(password.get(), repeat.get()).ifPresent(m -> errors.set("repeat", m));
    }
    if (errors.anyField() || !busy.start()) {
      return;
    }
    String typedName = name.get().strip();
    String typedEmail = email.get().strip();
    String typedPassword = password.get();
    executor.submit(
        () -> accounts.current().createAccount(typedName, typedEmail, typedPassword),
        user -> {
          busy.done();
          clear();
          navigator.signedIn(user);
        },
        failure -> {
          busy.done();
          ActionFailures.show(failure, errors, navigator);
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
    return busy.property();
  }
}
