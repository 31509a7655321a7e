package org.careercoach.desktop.ui.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.session.SessionService;
import org.careercoach.desktop.service.session.SessionState;
import org.careercoach.model.api.UserProfile;

/**
 * The window: which screen shows, and the way between screens. Who is signed in is the session
 * service's; this follows it on the UI thread. Drafting needs no account, so the app opens on the
 * drafts list whoever uses it: the local profile's while nobody is signed in, the account's once
 * someone is; any sign-out returns to the local profile's list (with the reason as a notice), never
 * to a dead end. Sign in is one click away in the sidebar.
 */
public final class ShellViewModel implements Navigator {

  private static final Set<Screen> SIGNING_IN =
      EnumSet.of(Screen.SIGN_IN, Screen.CREATE_ACCOUNT, Screen.FORGOT_PASSWORD);

  private final SessionService session;
  private final ConnectionViewModel connection;
  private final ReadOnlyObjectWrapper<Screen> screen;
  private final ReadOnlyObjectWrapper<UserProfile> user = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper signedIn = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final Deque<Screen> history = new ArrayDeque<>();

  public ShellViewModel(
      TaskExecutor executor, SessionService session, ConnectionViewModel connection) {
    this.session = session;
    this.connection = connection;
    SessionState now = session.state().get();
    this.screen =
        new ReadOnlyObjectWrapper<>(
            now.phase() == SessionState.Phase.STARTING ? Screen.STARTING : Screen.DRAFTS);
    follow(now);
    session.state().subscribe(state -> executor.deliver(() -> follow(state)));
    session.onSignedOut(why -> executor.deliver(() -> toLocalDrafts(why)));
  }

  /** Opens the keychain and the last sign-in, and checks the server; then shows a screen. */
  public void start() {
    session.start();
  }

  private void follow(SessionState state) {
    boolean was = signedIn.get();
    signedIn.set(state.signedIn());
    user.set(state.user());
    if (state.signedIn() && !was) {
      Screen cameFrom =
          history.stream().filter(s -> !SIGNING_IN.contains(s)).findFirst().orElse(null);
      history.clear();
      notice.set("");
      // Sent to sign in by the resume files (they need an account): back there, signed in.
      screen.set(cameFrom == Screen.RESUME_FILES ? Screen.RESUME_FILES : Screen.DRAFTS);
    } else if (!state.signedIn()
        && screen.get() == Screen.STARTING
        && state.phase() != SessionState.Phase.STARTING) {
      screen.set(Screen.DRAFTS);
    }
  }

  /**
   * Any sign-out: the local profile's drafts, and why, without a way back into the account. One on
   * the way in (a password just reset) goes on to Sign in, where the notice shows.
   */
  private void toLocalDrafts(String why) {
    history.clear();
    if (SIGNING_IN.contains(screen.get())) {
      history.push(Screen.DRAFTS);
      screen.set(Screen.SIGN_IN);
      return;
    }
    notice.set(why == null ? "" : why);
    screen.set(Screen.DRAFTS);
  }

  /** The sidebar's "Sign in to sync", and the notice's Sign in. */
  public void signIn() {
    notice.set("");
    show(Screen.SIGN_IN);
  }

  public void dismissNotice() {
    notice.set("");
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
    return Screen.DRAFTS;
  }

  public ReadOnlyObjectProperty<Screen> screenProperty() {
    return screen.getReadOnlyProperty();
  }

  /** For the header: whose window this is. */
  public ReadOnlyObjectProperty<UserProfile> userProperty() {
    return user.getReadOnlyProperty();
  }

  /** Why the user was signed out (a session ended elsewhere, another server); empty when none. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty signedInProperty() {
    return signedIn.getReadOnlyProperty();
  }

  public ConnectionViewModel connection() {
    return connection;
  }
}
