package org.careercoach.desktop.service.connectivity;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.ServerStatus;
import org.careercoach.desktop.service.TaskExecutor;

/**
 * Whether the server can be reached, for every part of the app (the status bar, and the sync to
 * come). While it cannot, it asks again with growing pauses (2 s, 4 s, … up to a minute, with a
 * little jitter so many apps don't return at once), or when the server said to (Retry-After);
 * {@link #retryNow()} asks at once.
 *
 * <p>Its methods and its listeners run on the executor's delivery thread (the UI thread in the app,
 * the test's thread in tests), so its state needs no lock.
 */
public final class ConnectivityService {

  static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
  static final Duration LONGEST_PAUSE = Duration.ofSeconds(60);

  private final TaskExecutor executor;
  private final Callable<ServerStatus> healthCheck;
  private final Supplier<String> serverName;
  private final Random jitter;
  private final ObservableState<Connectivity> state;
  private Duration nextPause = FIRST_PAUSE;
  private int generation; // an answer about a server no longer in use is dropped
  private Runnable cancelScheduled;

  /**
   * @param healthCheck asks the server in use (blocking; run in the background)
   * @param serverName the server in use, for the words shown
   */
  public ConnectivityService(
      TaskExecutor executor,
      Callable<ServerStatus> healthCheck,
      Supplier<String> serverName,
      Random jitter) {
    this.executor = executor;
    this.healthCheck = healthCheck;
    this.serverName = serverName;
    this.jitter = jitter;
    this.state = new ObservableState<>(Connectivity.unknown(serverName.get()));
  }

  public ObservableState<Connectivity> state() {
    return state;
  }

  /** Asks the server now (the Retry button, and the first check at start). */
  public void retryNow() {
    if (state.get().checking()) {
      return;
    }
    cancelScheduled();
    state.set(state.get().asChecking(serverName.get()));
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
            show(ServerStatus.down(failure.getClass().getSimpleName()));
          }
        });
  }

  /** A network action could not reach the server: say so, and keep asking. */
  public void unreachable(String reason) {
    Connectivity now = state.get();
    if (now.checking() || (!now.online() && cancelScheduled != null)) {
      return;
    }
    show(ServerStatus.down(reason));
  }

  /** After the server in use changed: forget what was known and ask the new one. */
  public void serverChanged() {
    generation++;
    cancelScheduled();
    nextPause = FIRST_PAUSE;
    state.set(Connectivity.unknown(serverName.get()));
    retryNow();
  }

  private void show(ServerStatus status) {
    String server = serverName.get();
    if (status.online()) {
      nextPause = FIRST_PAUSE;
      cancelScheduled();
      state.set(new Connectivity(server, false, true, "", Optional.empty()));
      return;
    }
    Duration pause = status.waitAsked().orElseGet(this::backoff);
    cancelScheduled();
    cancelScheduled =
        executor.schedule(
            pause,
            () -> {
              cancelScheduled = null;
              retryNow();
            });
    state.set(new Connectivity(server, false, false, status.reason(), Optional.of(pause)));
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
}
