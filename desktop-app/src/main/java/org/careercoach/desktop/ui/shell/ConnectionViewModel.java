package org.careercoach.desktop.ui.shell;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careercoach.desktop.service.ServerStatus;
import org.careercoach.desktop.service.TaskExecutor;

/**
 * The status bar: whether the server can be reached. While it cannot, it asks again with growing
 * pauses (2 s, 4 s, … up to a minute, with a little jitter so many apps don't return at once), or
 * when the server said to (Retry-After); Retry asks at once.
 */
public final class ConnectionViewModel {

  static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
  static final Duration LONGEST_PAUSE = Duration.ofSeconds(60);

  private final TaskExecutor executor;
  private final Callable<ServerStatus> healthCheck;
  private final Supplier<String> serverName;
  private final Random jitter;
  private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
  private Duration nextPause = FIRST_PAUSE;
  private int generation; // an answer about a server no longer in use is dropped
  private Runnable cancelScheduled;

  public ConnectionViewModel(
      TaskExecutor executor,
      Callable<ServerStatus> healthCheck,
      Supplier<String> serverName,
      Random jitter) {
    this.executor = executor;
    this.healthCheck = healthCheck;
    this.serverName = serverName;
    this.jitter = jitter;
  }

  /** Asks the server now; the answer arrives in {@link #connectionProperty()}. */
  public void check() {
    if (checking.get()) {
      return;
    }
    cancelScheduled();
    checking.set(true);
    connection.set("Connecting to " + serverName.get() + "…");
    int asked = generation;
    executor.submit(
        healthCheck,
        status -> {
          if (asked == generation) {
            show(status);
          }
        },
        failure -> {
          if (asked == generation) {
            showFailure(failure);
          }
        });
  }

  /** A network action could not reach the server: say so, and keep asking. */
  public void unreachable(String reason) {
    if (checking.get() || (!online.get() && cancelScheduled != null)) {
      return;
    }
    show(ServerStatus.down(reason));
  }

  /** After the server changed: start over. */
  public void restart() {
    generation++;
    checking.set(false);
    nextPause = FIRST_PAUSE;
    check();
  }

  private void show(ServerStatus status) {
    checking.set(false);
    online.set(status.online());
    if (status.online()) {
      nextPause = FIRST_PAUSE;
      connection.set("Connected to " + serverName.get());
      detail.set("");
      return;
    }
    Duration pause = status.waitAsked().orElseGet(this::backoff);
    connection.set(
        "Offline: can't reach "
            + serverName.get()
            + ". Trying again in "
            + Math.max(1, pause.toSeconds())
            + " s.");
    detail.set(
        "Why: "
            + status.reason()
            + ".\nYour work stays on this computer and syncs once the server can be reached.");
    cancelScheduled();
    cancelScheduled =
        executor.schedule(
            pause,
            () -> {
              cancelScheduled = null;
              check();
            });
  }

  private Duration backoff() {
    Duration pause =
        nextPause.plusMillis((long) (nextPause.toMillis() * 0.2 * jitter.nextDouble()));
    Duration doubled = nextPause.multipliedBy(2);
    nextPause = doubled.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : doubled;
    return pause;
  }

  private void cancelScheduled() {
    if (cancelScheduled != null) {
      cancelScheduled.run();
      cancelScheduled = null;
    }
  }

  private void showFailure(Throwable error) {
    show(ServerStatus.down(error.getClass().getSimpleName()));
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
