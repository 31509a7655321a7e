package org.careercoach.desktop.ui.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.session.SessionService;
import org.careercoach.desktop.service.session.SessionState;
import org.careercoach.model.api.UserProfile;

/**
 * The window: which screen shows, and the way between screens. Who is signed in is the session
 * service's; this follows it (Home on signing in, Sign in on signing out) on the UI thread.
 */
public final class ShellViewModel implements Navigator {

  private final SessionService session;
  private final ConnectionViewModel connection;
  private final ReadOnlyObjectWrapper<Screen> screen;
  private final ReadOnlyObjectWrapper<UserProfile> user = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper signedIn = new ReadOnlyBooleanWrapper(false);
  private final Deque<Screen> history = new ArrayDeque<>();

  public ShellViewModel(
      TaskExecutor executor, SessionService session, ConnectionViewModel connection) {
    this.session = session;
    this.connection = connection;
    SessionState now = session.state().get();
    this.screen =
        new ReadOnlyObjectWrapper<>(
            now.phase() == SessionState.Phase.STARTING ? Screen.STARTING : Screen.SIGN_IN);
    follow(now);
    session.state().subscribe(state -> executor.deliver(() -> follow(state)));
    session.onSignedOut(notice -> executor.deliver(this::toSignIn));
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
      history.clear();
      screen.set(Screen.HOME);
    } else if (!state.signedIn()
        && screen.get() == Screen.STARTING
        && state.phase() != SessionState.Phase.STARTING) {
      screen.set(Screen.SIGN_IN);
    }
  }

  private void toSignIn() {
    history.clear();
    screen.set(Screen.SIGN_IN);
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

  public ReadOnlyObjectProperty<Screen> screenProperty() {
    return screen.getReadOnlyProperty();
  }

  /** For the header: whose window this is. */
  public ReadOnlyObjectProperty<UserProfile> userProperty() {
    return user.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty signedInProperty() {
    return signedIn.getReadOnlyProperty();
  }

  public ConnectionViewModel connection() {
    return connection;
  }
}
