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
 */
public final class ConnectionViewModel {

  private final ConnectivityService connectivity;
  private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(false);
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
    if (state.checking()) {
      connection.set("Connecting to " + state.server() + "…");
    } else if (state.online()) {
      connection.set("Connected to " + state.server());
      detail.set("");
    } else if (state.retryIn().isPresent()) {
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
    } else {
      connection.set("");
      detail.set("");
    }
  }

  public ReadOnlyBooleanProperty checkingProperty() {
    return checking.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty onlineProperty() {
    return online.getReadOnlyProperty();
  }

  /** Why the server can't be reached, and what that means: for a tooltip. */
  public ReadOnlyStringProperty detailProperty() {
    return detail.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty connectionProperty() {
    return connection.getReadOnlyProperty();
  }
}
