package org.careercoach.desktop.ui.settings;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.account.Accounts;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.coaching.CoachingAccess;
import org.careercoach.desktop.service.coaching.CoachingClient;
import org.careercoach.desktop.service.coaching.DisclosureText;
import org.careercoach.desktop.service.session.SessionService;
import org.careercoach.desktop.service.session.SessionState;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.ui.common.Busy;
import org.careercoach.desktop.ui.common.Command;
import org.careercoach.desktop.ui.common.Commands;
import org.careercoach.desktop.ui.common.DialogService;
import org.careercoach.desktop.ui.common.FieldErrors;
import org.careercoach.desktop.ui.shell.Navigator;

/** Settings: the server, the theme, AI coaching, the keychain's state, and signing out. */
public final class SettingsViewModel {

  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Accounts accounts;
  private final SettingsService settings;
  private final SessionService session;
  private final Navigator navigator;
  private final String serverFromEnvironment;
  private final StringProperty serverUrl = new SimpleStringProperty("");
  private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final FieldErrors errors = new FieldErrors("server");
  private final Command command;
  private final ReadOnlyStringWrapper keychainStatus = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper keychainDetails = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper signedIn = new ReadOnlyBooleanWrapper(false);
  private final CoachingAccess coaching;
  private final BooleanProperty aiCoaching = new SimpleBooleanProperty(false);
  private final ReadOnlyStringWrapper whatIsSent = new ReadOnlyStringWrapper("");

  /**
   * @param serverFromEnvironment {@code COACH_SERVER_URL} when set (it wins over the setting), else
   *     empty
   * @param applyTheme switches the theme (true: dark)
   * @param dialogs asks before signing out everywhere
   * @param coaching the person's AI coaching switch, and the server's account of what it sends
   */
  public SettingsViewModel(
      Commands commands,
      Accounts accounts,
      SettingsService settings,
      SessionService session,
      Navigator navigator,
      String serverFromEnvironment,
      Consumer<Boolean> applyTheme,
      DialogService dialogs,
      CoachingAccess coaching) {
    this.executor = commands.executor();
    this.command = commands.forForm(errors, new Busy());
    this.dialogs = dialogs;
    this.accounts = accounts;
    this.settings = settings;
    this.session = session;
    this.navigator = navigator;
    showSession(session.state().get());
    session.state().subscribe(state -> executor.deliver(() -> showSession(state)));
    this.serverFromEnvironment = serverFromEnvironment;
    serverUrl.set(accounts.server().toString());
    darkTheme.set(settings.current().darkTheme());
    darkTheme.addListener((obs, was, dark) -> themeChanged(dark, applyTheme));
    this.coaching = coaching;
    aiCoaching.set(coaching.turnedOn());
    aiCoaching.addListener((obs, was, on) -> coachingChanged(on));
  }

  private void coachingChanged(boolean on) {
    executor.submit(
        () -> {
          coaching.turn(on);
          return on;
        },
        saved -> {},
        failure ->
            errors.setForm(
                "AI coaching is "
                    + (on ? "on" : "off")
                    + " until the app closes, but the choice could not be saved: "
                    + failure.getMessage()));
  }

  /** Asks the server what it sends to its AI model, and shows it. */
  public void showWhatIsSent() {
    Optional<CoachingClient> client = coaching.signedIn();
    if (client.isEmpty()) {
      whatIsSent.set("Sign in to see what your server sends to its AI model.");
      return;
    }
    whatIsSent.set("Asking the server…");
    executor.submit(
        () -> DisclosureText.of(client.get().disclosure()),
        whatIsSent::set,
        failure ->
            whatIsSent.set("The server could not say what it sends: " + failure.getMessage()));
  }

  private void showSession(SessionState state) {
    keychainStatus.set(state.keychain().status());
    keychainDetails.set(state.keychain().details());
    signedIn.set(state.signedIn());
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
    if (command.running()) {
      return;
    }
    String saved = address.toString();
    // Not through the command: a failure here is about the switch, whatever its cause.
    command.run(
        () -> {
          try {
            Accounts.Opened opened = accounts.useServer(address);
            settings.update(s -> s.withServerUrl(saved));
            return opened;
          } catch (Exception e) {
            return new SwitchFailed(e);
          }
        },
        outcome -> {
          if (outcome instanceof Accounts.Opened opened) {
            serverUrl.set(saved);
            message.set("Now using " + saved + ".");
            session.serverChanged(opened);
          } else if (outcome instanceof SwitchFailed failed) {
            errors.setForm("Could not switch servers: " + failed.error().getMessage());
          }
        });
  }

  private record SwitchFailed(Exception error) {}

  public void signOut() {
    command.run(() -> accounts.current().signOut(), () -> session.signedOut("You are signed out."));
  }

  /**
   * Ends every session of the account, on all devices, once the user confirms; needs the server.
   */
  public void signOutEverywhere() {
    if (command.running()
        || !dialogs.confirm(
            "Sign out everywhere?",
            "This signs you out on every computer where you use Career Coach, this one too.",
            "Sign out all devices")) {
      return;
    }
    errors.clear();
    command.run(
        () -> accounts.current().signOutEverywhere(),
        () -> session.signedOut("You are signed out on every device."));
  }

  public void close() {
    errors.clear();
    message.set("");
    navigator.back();
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

  /** What the app does with the sign-in: keychain, or memory only and why. */
  public ReadOnlyStringProperty keychainStatusProperty() {
    return keychainStatus.getReadOnlyProperty();
  }

  /** The technical reason the keychain is not used; empty when it is. */
  public ReadOnlyStringProperty keychainDetailsProperty() {
    return keychainDetails.getReadOnlyProperty();
  }

  /** Whether coaching may use the server's AI model; off until the person turns it on. */
  public BooleanProperty aiCoachingProperty() {
    return aiCoaching;
  }

  /** What the server sends to its model, once asked; empty before. */
  public ReadOnlyStringProperty whatIsSentProperty() {
    return whatIsSent.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty signedInProperty() {
    return signedIn.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public FieldErrors errors() {
    return errors;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return command.busyProperty();
  }
}
