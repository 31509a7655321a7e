package org.careercoach.desktop.service.session;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.account.AccountService;
import org.careercoach.desktop.service.account.Accounts;
import org.careercoach.desktop.service.account.SessionEndedException;
import org.careercoach.desktop.service.connectivity.ConnectivityService;
import org.careercoach.desktop.service.settings.Settings;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.model.api.UserProfile;

/**
 * The app's session: whether someone is signed in, who, on which server, and what the keychain does
 * with the sign-in — for every part of the app, not one screen. At start it opens the keychain and
 * picks up the last sign-in in the background; it hears when the server ends the session, and notes
 * in the settings (never the token) whether a sign-in is kept for the server in use.
 *
 * <p>Its methods and its listeners run on the executor's delivery thread (the UI thread in the app,
 * the test's thread in tests); slow work goes through the executor.
 */
public final class SessionService {

  private static final System.Logger log = System.getLogger(SessionService.class.getName());

  private final TaskExecutor executor;
  private final Accounts accounts;
  private final SettingsService settings;
  private final ConnectivityService connectivity;
  private final ObservableState<SessionState> state;
  private final List<Consumer<String>> signedOutListeners = new CopyOnWriteArrayList<>();

  public SessionService(
      TaskExecutor executor,
      Accounts accounts,
      SettingsService settings,
      ConnectivityService connectivity) {
    this.executor = executor;
    this.accounts = accounts;
    this.settings = settings;
    this.connectivity = connectivity;
    // Nothing kept to resume: signed out at once, while the keychain is probed in the background.
    boolean keptHere = settings.current().signedInTo().equals(accounts.server().toString());
    this.state =
        new ObservableState<>(
            new SessionState(
                keptHere ? SessionState.Phase.STARTING : SessionState.Phase.SIGNED_OUT,
                accounts.server(),
                null,
                SessionState.Profile.NONE,
                "",
                Keychain.NOT_YET_OPENED));
    accounts.onSessionEnded(reason -> executor.deliver(() -> signedOut(reason)));
    accounts.onKeychainFailed(details -> executor.deliver(() -> keychainFailed(details)));
  }

  public ObservableState<SessionState> state() {
    return state;
  }

  /**
   * Hears every return to Sign in, with the words to show there: why (the server ended the session,
   * another server is in use) or what next; may be empty.
   */
  public void onSignedOut(Consumer<String> listener) {
    signedOutListeners.add(listener);
  }

  /** Opens the keychain and the last sign-in, and checks the server. */
  public void start() {
    connectivity.retryNow();
    executor.submit(accounts::open, this::opened, this::openFailed);
  }

  /** After Settings moved to another server, which may have a kept sign-in of its own. */
  public void serverChanged(Accounts.Opened opened) {
    state.set(state.get().signedOut().onServer(accounts.server()));
    connectivity.serverChanged();
    if (opened.resumed()) {
      opened(opened);
    } else {
      state.set(state.get().withKeychain(keychainOf(opened)));
      signedOut("You are now using " + accounts.server() + ". Sign in to your account there.");
    }
  }

  /** A sign-in (or a new account) succeeded. */
  public void signedIn(UserProfile profile) {
    state.set(state.get().signedIn(profile));
    String email = profile.email();
    String server = accounts.server().toString();
    boolean kept = state.get().keychain().persistent();
    save(s -> s.withLastEmail(email).withSignedInTo(kept ? server : ""));
  }

  /** Back to Sign in: the user signed out, or the session ended; {@code notice} says why. */
  public void signedOut(String notice) {
    state.set(state.get().signedOut());
    signedOutListeners.forEach(listener -> listener.accept(notice));
    rememberSignIn(false);
  }

  private void opened(Accounts.Opened opened) {
    SessionState now = state.get().withKeychain(keychainOf(opened));
    if (now.signedIn()) {
      // Signed in while the keychain was being opened: nothing to resume, the sign-in is kept.
      state.set(now);
      rememberSignIn(opened.keychainPersistent());
      return;
    }
    // Noted before the profile loads: its refresh may find the keychain failing, which un-notes it.
    rememberSignIn(opened.resumed() && opened.keychainPersistent());
    if (opened.resumed()) {
      state.set(now.signedIn(null));
      loadProfile();
    } else {
      state.set(now.signedOut());
    }
  }

  private void openFailed(Throwable failure) {
    log.log(Level.ERROR, "Could not open the last sign-in", failure);
    SessionState now =
        state
            .get()
            .withKeychain(
                new Keychain(
                    "Your last sign-in could not be read from the keychain. Sign in again to go"
                        + " on.",
                    String.valueOf(failure),
                    false));
    state.set(now.phase() == SessionState.Phase.STARTING ? now.signedOut() : now);
  }

  /**
   * The keychain failed while keeping a new sign-in (a token rotation): the session goes on in
   * memory, and Settings says it will not be kept.
   */
  private void keychainFailed(String details) {
    state.set(
        state
            .get()
            .withKeychain(
                new Keychain(
                    "The keychain stopped working while keeping your sign-in. You stay signed in"
                        + " until you close the app, but you will sign in again next time.",
                    details,
                    false)));
    rememberSignIn(false);
  }

  private static Keychain keychainOf(Accounts.Opened opened) {
    return new Keychain(
        opened.keychainStatus(), opened.keychainDetails(), opened.keychainPersistent());
  }

  private void loadProfile() {
    AccountService asked = accounts.current();
    executor.submit(
        asked::profile,
        profile -> {
          if (stillSignedInTo(asked)) {
            state.set(state.get().signedIn(profile));
          }
        },
        failure -> {
          if (!stillSignedInTo(asked)) {
            return;
          }
          if (failure instanceof SessionEndedException ended) {
            signedOut(ended.getMessage());
          } else if (failure instanceof IOException offline) {
            state.set(state.get().withProfile(SessionState.Profile.UNREACHABLE, ""));
            connectivity.unreachable(offline.getMessage());
          } else {
            state.set(state.get().withProfile(SessionState.Profile.FAILED, failure.getMessage()));
          }
        });
  }

  /** An answer that arrives after a sign-out or a change of server is about nobody signed in. */
  private boolean stillSignedInTo(AccountService asked) {
    return state.get().signedIn() && accounts.current() == asked;
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
}
