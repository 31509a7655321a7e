package org.careercoach.desktop.ui.home;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.session.SessionService;
import org.careercoach.desktop.service.session.SessionState;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.model.api.UserProfile;

/** Home: the signed-in account, and a line while its details are loading or can't be. */
public final class HomeViewModel {

  private final SettingsService settings;
  private final ReadOnlyObjectWrapper<UserProfile> user = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper accountNote = new ReadOnlyStringWrapper("");

  public HomeViewModel(TaskExecutor executor, SessionService session, SettingsService settings) {
    this.settings = settings;
    show(session.state().get());
    session.state().subscribe(state -> executor.deliver(() -> show(state)));
  }

  private void show(SessionState state) {
    user.set(state.user());
    accountNote.set(
        switch (state.profile()) {
          case LOADING -> "Loading your account…";
          case UNREACHABLE ->
              "You are signed in. Your account's details will show when the server can be"
                  + " reached.";
          case FAILED -> "Your account could not be loaded: " + state.profileProblem();
          case NONE, LOADED -> "";
        });
  }

  /** The email of the last sign-in, while the account's own is not loaded. */
  public String lastEmail() {
    return settings.current().lastEmail();
  }

  public ReadOnlyObjectProperty<UserProfile> userProperty() {
    return user.getReadOnlyProperty();
  }

  /** A line for Home while the account's details are loading or can't be. */
  public ReadOnlyStringProperty accountNoteProperty() {
    return accountNote.getReadOnlyProperty();
  }
}
