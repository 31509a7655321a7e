package org.careercoach.desktop.ui.settings;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.account.Accounts;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.ui.common.ActionFailures;
import org.careercoach.desktop.ui.common.Busy;
import org.careercoach.desktop.ui.common.DialogService;
import org.careercoach.desktop.ui.common.FieldErrors;
import org.careercoach.desktop.ui.shell.ShellViewModel;

/** Settings: the server, the theme, the keychain's state, and signing out. */
public final class SettingsViewModel {

  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Accounts accounts;
  private final SettingsService settings;
  private final ShellViewModel shell;
  private final String serverFromEnvironment;
  private final StringProperty serverUrl = new SimpleStringProperty("");
  private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final FieldErrors errors = new FieldErrors("server");
  private final Busy busy = new Busy();

  /**
   * @param serverFromEnvironment {@code COACH_SERVER_URL} when set (it wins over the setting), else
   *     empty
   * @param applyTheme switches the theme (true: dark)
   * @param dialogs asks before signing out everywhere
   */
  public SettingsViewModel(
      TaskExecutor executor,
      Accounts accounts,
      SettingsService settings,
      ShellViewModel shell,
      String serverFromEnvironment,
      Consumer<Boolean> applyTheme,
      DialogService dialogs) {
    this.executor = executor;
    this.dialogs = dialogs;
    this.accounts = accounts;
    this.settings = settings;
    this.shell = shell;
    this.serverFromEnvironment = serverFromEnvironment;
    serverUrl.set(accounts.server().toString());
    darkTheme.set(settings.current().darkTheme());
    darkTheme.addListener((obs, was, dark) -> themeChanged(dark, applyTheme));
  }

  /** Whether the server is set by COACH_SERVER_URL, so the field can't change it. */
  public boolean serverLocked() {
    return !serverFromEnvironment.isEmpty();
  }

  public void saveServer() {
    errors.clear();
    message.set("");
    ServerAddress address;
    try {
      address = ServerAddress.parse(serverUrl.get());
    } catch (IllegalArgumentException e) {
      errors.set("server", e.getMessage());
      return;
    }
    if (address.equals(accounts.server())) {
      message.set("Already using " + address + ".");
      return;
    }
    if (!busy.start()) {
      return;
    }
    String saved = address.toString();
    executor.submit(
        () -> {
          Accounts.Opened opened = accounts.useServer(address);
          settings.update(s -> s.withServerUrl(saved));
          return opened;
        },
        opened -> {
          busy.done();
          serverUrl.set(saved);
          message.set("Now using " + saved + ".");
          shell.serverChanged(opened);
        },
        failure -> {
          busy.done();
          errors.setForm("Could not switch servers: " + failure.getMessage());
        });
  }

  public void signOut() {
    if (!busy.start()) {
      return;
    }
    executor.submit(
        () -> {
          accounts.current().signOut();
          return true;
        },
        done -> {
          busy.done();
          shell.signedOut("You are signed out.");
        },
        failure -> {
          busy.done();
          ActionFailures.show(failure, errors, shell);
        });
  }

  /**
   * Ends every session of the account, on all devices, once the user confirms; needs the server.
   */
  public void signOutEverywhere() {
    if (busy.property().get()
        || !dialogs.confirm(
            "Sign out everywhere?",
            "This signs you out on every computer where you use Career Coach, this one too.",
            "Sign out all devices")
        || !busy.start()) {
      return;
    }
    errors.clear();
    executor.submit(
        () -> {
          accounts.current().signOutEverywhere();
          return true;
        },
        done -> {
          busy.done();
          shell.signedOut("You are signed out on every device.");
        },
        failure -> {
          busy.done();
          ActionFailures.show(failure, errors, shell);
        });
  }

  public void close() {
    errors.clear();
    message.set("");
    shell.back();
  }

  private void themeChanged(boolean dark, Consumer<Boolean> applyTheme) {
    applyTheme.accept(dark);
    executor.submit(
        () -> settings.update(s -> s.withDarkTheme(dark)),
        saved -> {},
        failure -> errors.setForm("The theme could not be saved: " + failure.getMessage()));
  }

  public StringProperty serverUrlProperty() {
    return serverUrl;
  }

  public BooleanProperty darkThemeProperty() {
    return darkTheme;
  }

  public ReadOnlyStringProperty keychainStatusProperty() {
    return shell.keychainStatusProperty();
  }

  public ReadOnlyStringProperty keychainDetailsProperty() {
    return shell.keychainDetailsProperty();
  }

  public ReadOnlyBooleanProperty signedInProperty() {
    return shell.signedInProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public FieldErrors errors() {
    return errors;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.property();
  }
}
