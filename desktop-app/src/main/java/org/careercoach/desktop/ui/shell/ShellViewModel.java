package org.careercoach.desktop.ui.shell;

import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careercoach.desktop.service.ServerStatus;
import org.careercoach.desktop.service.TaskExecutor;

/** The main window's state: which server the app talks to and whether it can be reached. */
public final class ShellViewModel {

  private final TaskExecutor executor;
  private final Callable<ServerStatus> healthCheck;
  private final String serverAddress;

  private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("");

  public ShellViewModel(
      TaskExecutor executor, Callable<ServerStatus> healthCheck, String serverAddress) {
    this.executor = executor;
    this.healthCheck = healthCheck;
    this.serverAddress = serverAddress;
  }

  /** Asks the server whether it is up; the answer arrives in {@link #connectionProperty()}. */
  public void checkServer() {
    if (checking.get()) {
      return;
    }
    checking.set(true);
    connection.set("Connecting to " + serverAddress + "…");
    executor.submit(healthCheck, this::show, this::showFailure);
  }

  private void show(ServerStatus status) {
    checking.set(false);
    online.set(status.online());
    connection.set(
        status.online()
            ? "Connected to " + serverAddress
            : "Offline: can't reach " + serverAddress + " (" + status.reason() + ")");
  }

  private void showFailure(Throwable error) {
    show(ServerStatus.down(error.getClass().getSimpleName()));
  }

  public String serverAddress() {
    return serverAddress;
  }

  public ReadOnlyBooleanProperty checkingProperty() {
    return checking.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty onlineProperty() {
    return online.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty connectionProperty() {
    return connection.getReadOnlyProperty();
  }
}
