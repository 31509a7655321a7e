package org.careercoach.desktop.ui.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.connectivity.Connectivity;
import org.careercoach.desktop.service.connectivity.ConnectivityService;

/**
 * The status bar: the connectivity service's state in words, on the UI thread; Retry asks at once.
 * Before the first check has answered nothing is known, so the bar says it is connecting and shows
 * neither the offline colour nor Retry: a start without a server must not flash an error first.
 */
public final class ConnectionViewModel {

  private final ConnectivityService connectivity;
  private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");

  public ConnectionViewModel(TaskExecutor executor, ConnectivityService connectivity) {
    this.connectivity = connectivity;
    show(connectivity.state().get());
    connectivity.state().subscribe(state -> executor.deliver(() -> show(state)));
  }

  /** The Retry button. */
  public void retry() {
    connectivity.retryNow();
  }

  private void show(Connectivity state) {
    checking.set(state.checking());
    online.set(state.online());
    offline.set(!state.checking() && !state.online() && state.retryIn().isPresent());
    if (offline.get()) {
      connection.set(
          "Offline: can't reach "
              + state.server()
              + ". Trying again in "
              + Math.max(1, state.retryIn().get().toSeconds())
              + " s.");
      detail.set(
          "Why: "
              + state.reason()
              + ".\nYour work stays on this computer and syncs once the server can be reached.");
    } else if (state.online() && !state.checking()) {
      connection.set("Connected to " + state.server());
      detail.set("");
    } else {
      connection.set("Connecting to " + state.server() + "…");
    }
  }

  public ReadOnlyBooleanProperty checkingProperty() {
    return checking.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty onlineProperty() {
    return online.getReadOnlyProperty();
  }

  /** Known to be unreachable: a check or an action failed. Not so before the first answer. */
  public ReadOnlyBooleanProperty offlineProperty() {
    return offline.getReadOnlyProperty();
  }

  /** Why the server can't be reached, and what that means: for a tooltip. */
  public ReadOnlyStringProperty detailProperty() {
    return detail.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty connectionProperty() {
    return connection.getReadOnlyProperty();
  }
}
