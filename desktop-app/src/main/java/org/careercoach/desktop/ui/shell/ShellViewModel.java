package org.careercoach.desktop.ui.shell;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.account.AccountService;
import org.careercoach.desktop.service.account.Accounts;
import org.careercoach.desktop.service.account.SessionEndedException;
import org.careercoach.desktop.service.settings.Settings;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.model.api.UserProfile;

/**
 * The window: which screen shows, who is signed in, and the way between screens. At start it opens
 * the keychain and picks up the last sign-in in the background, then shows Home or Sign in.
 */
public final class ShellViewModel implements Navigator {

  private static final System.Logger log = System.getLogger(ShellViewModel.class.getName());

  private final TaskExecutor executor;
  private final Accounts accounts;
  private final SettingsService settings;
  private final ConnectionViewModel connection;
  private final ReadOnlyObjectWrapper<Screen> screen;
  private final ReadOnlyObjectWrapper<UserProfile> user = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper keychainStatus = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper keychainDetails = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper accountNote = new ReadOnlyStringWrapper("");
  private final Deque<Screen> history = new ArrayDeque<>();
  private boolean keychainPersistent;
  private final List<Consumer<String>> signedOutListeners = new CopyOnWriteArrayList<>();
  private final ReadOnlyBooleanWrapper signedIn = new ReadOnlyBooleanWrapper(false);

  public ShellViewModel(
      TaskExecutor executor,
      Accounts accounts,
      SettingsService settings,
      ConnectionViewModel connection) {
    this.executor = executor;
    this.accounts = accounts;
    this.settings = settings;
    this.connection = connection;
    // Nothing kept to resume: Sign in at once, while the keychain is probed in the background.
    boolean keptHere = settings.current().signedInTo().equals(accounts.server().toString());
    this.screen = new ReadOnlyObjectWrapper<>(keptHere ? Screen.STARTING : Screen.SIGN_IN);
    accounts.onSessionEnded(reason -> executor.deliver(() -> signedOut(reason)));
  }

  /** Opens the keychain and the last sign-in, and checks the server; then shows a screen. */
  public void start() {
    connection.check();
    executor.submit(accounts::open, this::opened, this::openFailed);
  }

  /** After Settings moved to another server, which may have a kept sign-in of its own. */
  public void serverChanged(Accounts.Opened opened) {
    signedIn.set(false);
    user.set(null);
    history.clear();
    connection.restart();
    if (opened.resumed()) {
      opened(opened);
    } else {
      keychainStatus.set(opened.keychainStatus());
      keychainDetails.set(opened.keychainDetails());
      signedOut("You are now using " + accounts.server() + ". Sign in to your account there.");
    }
  }

  private void opened(Accounts.Opened opened) {
    keychainStatus.set(opened.keychainStatus());
    keychainDetails.set(opened.keychainDetails());
    keychainPersistent = opened.keychainPersistent();
    if (signedIn.get()) {
      // Signed in while the keychain was being opened: nothing to resume, the sign-in is kept.
      rememberSignIn(opened.keychainPersistent());
      return;
    }
    if (opened.resumed()) {
      signedIn.set(true);
      history.clear();
      screen.set(Screen.HOME);
      loadProfile();
    } else if (screen.get() == Screen.STARTING) {
      screen.set(Screen.SIGN_IN);
    }
    rememberSignIn(opened.resumed() && opened.keychainPersistent());
  }

  private void openFailed(Throwable failure) {
    log.log(Level.ERROR, "Could not open the last sign-in", failure);
    keychainStatus.set(
        "Your last sign-in could not be read from the keychain. Sign in again to go on.");
    keychainDetails.set(String.valueOf(failure));
    if (screen.get() == Screen.STARTING) {
      screen.set(Screen.SIGN_IN);
    }
  }

  /** Notes (never the token) whether the keychain holds a sign-in for the server in use. */
  private void rememberSignIn(boolean kept) {
    String server = kept ? accounts.server().toString() : "";
    save(s -> s.withSignedInTo(server));
  }

  private void save(UnaryOperator<Settings> change) {
    executor.submit(
        () -> settings.update(change),
        saved -> {},
        failure -> log.log(Level.WARNING, "Could not save settings: {0}", failure.getMessage()));
  }

  private void loadProfile() {
    accountNote.set("Loading your account…");
    AccountService asked = accounts.current();
    executor.submit(
        asked::profile,
        profile -> {
          if (stillSignedInTo(asked)) {
            accountNote.set("");
            user.set(profile);
          }
        },
        failure -> {
          if (!stillSignedInTo(asked)) {
            return;
          }
          if (failure instanceof SessionEndedException ended) {
            signedOut(ended.getMessage());
          } else if (failure instanceof IOException offline) {
            accountNote.set(
                "You are signed in. Your account's details will show when the server can be"
                    + " reached.");
            unreachable(offline.getMessage());
          } else {
            accountNote.set("Your account could not be loaded: " + failure.getMessage());
          }
        });
  }

  /** An answer that arrives after a sign-out or a change of server is about nobody on screen. */
  private boolean stillSignedInTo(AccountService asked) {
    return signedIn.get() && accounts.current() == asked;
  }

  @Override
  public void show(Screen next) {
    if (next != screen.get()) {
      history.push(screen.get());
      screen.set(next);
    }
  }

  @Override
  public void back() {
    Screen previous = history.isEmpty() ? home() : history.pop();
    screen.set(previous == Screen.STARTING ? home() : previous);
  }

  private Screen home() {
    return signedIn.get() ? Screen.HOME : Screen.SIGN_IN;
  }

  @Override
  public void signedIn(UserProfile profile) {
    signedIn.set(true);
    user.set(profile);
    accountNote.set("");
    history.clear();
    screen.set(Screen.HOME);
    String email = profile.email();
    String server = accounts.server().toString();
    boolean kept = keychainPersistent;
    save(s -> s.withLastEmail(email).withSignedInTo(kept ? server : ""));
  }

  @Override
  public void signedOut(String notice) {
    signedIn.set(false);
    user.set(null);
    history.clear();
    screen.set(Screen.SIGN_IN);
    signedOutListeners.forEach(listener -> listener.accept(notice));
    rememberSignIn(false);
  }

  @Override
  public void unreachable(String reason) {
    connection.unreachable(reason);
  }

  /** The Sign in screen listens, to show why the user is there. */
  public void whenSignedOut(Consumer<String> listener) {
    signedOutListeners.add(listener);
  }

  public String lastEmail() {
    return settings.current().lastEmail();
  }

  public ReadOnlyObjectProperty<Screen> screenProperty() {
    return screen.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<UserProfile> userProperty() {
    return user.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty signedInProperty() {
    return signedIn.getReadOnlyProperty();
  }

  /** What the app does with the sign-in: keychain, or memory only and why. */
  public ReadOnlyStringProperty keychainStatusProperty() {
    return keychainStatus.getReadOnlyProperty();
  }

  /** The technical reason the keychain is not used; empty when it is. */
  public ReadOnlyStringProperty keychainDetailsProperty() {
    return keychainDetails.getReadOnlyProperty();
  }

  /** A line for Home while the account's details are loading or can't be. */
  public ReadOnlyStringProperty accountNoteProperty() {
    return accountNote.getReadOnlyProperty();
  }

  public ConnectionViewModel connection() {
    return connection;
  }
}
