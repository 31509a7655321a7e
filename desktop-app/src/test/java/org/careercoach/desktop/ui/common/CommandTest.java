package org.careercoach.desktop.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.careercoach.desktop.service.HttpClients;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.ServerStatus;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.account.Accounts;
import org.careercoach.desktop.service.account.SessionEndedException;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.connectivity.ConnectivityService;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.careercoach.desktop.service.session.SessionService;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.service.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one busy → run → failure helper of the forms, without a toolkit. */
class CommandTest {

  @TempDir Path dataDir;
  private final List<Runnable> held = new ArrayList<>();
  private final SameThreadExecutor now = new SameThreadExecutor();
  private final TaskExecutor holding =
      new TaskExecutor() {
        @Override
        public <T> void submit(
            Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
          held.add(() -> now.submit(work, onSuccess, onFailure));
        }

        @Override
        public void deliver(Runnable uiWork) {
          uiWork.run();
        }

        @Override
        public Runnable schedule(Duration delay, Runnable uiWork) {
          return now.schedule(delay, uiWork);
        }
      };
  private final FieldErrors errors = new FieldErrors("email");

  @Test
  void refusesToStartTwiceAndIsBusyUntilTheAnswer() {
    Command command = commands().forForm(errors);
    List<String> results = new ArrayList<>();

    assertThat(command.run(() -> "first", results::add)).isTrue();
    assertThat(command.running()).isTrue();
    assertThat(command.run(() -> "second", results::add)).isFalse();
    held.remove(0).run();

    assertThat(results).containsExactly("first");
    assertThat(command.busyProperty().get()).isFalse();
    assertThat(held).isEmpty();
  }

  @Test
  void anUnreachableServerIsShownInTheFormAndToldToTheConnectivityService() {
    ConnectivityService connectivity = connectivity();
    Command command = commands(connectivity).forForm(errors);

    command.run(
        () -> {
          throw new IOException("Connection refused");
        },
        () -> {});
    held.remove(0).run();

    assertThat(errors.form().get()).contains("Can't reach the server (Connection refused)");
    assertThat(connectivity.state().get().reason()).isEqualTo("Connection refused");
    assertThat(command.running()).isFalse();
  }

  @Test
  void anEndedSessionSignsOutWithTheReason() {
    ConnectivityService connectivity = connectivity();
    SessionService session = session(connectivity);
    List<String> notices = new ArrayList<>();
    session.onSignedOut(notices::add);
    Command command =
        new Commands(holding, new ActionFailures(session, connectivity)).forForm(errors);

    command.run(
        () -> {
          throw new SessionEndedException("Please sign in again.");
        },
        () -> {});
    held.remove(0).run();

    assertThat(notices).containsExactly("Please sign in again.");
  }

  private Commands commands() {
    return commands(connectivity());
  }

  private Commands commands(ConnectivityService connectivity) {
    return new Commands(holding, new ActionFailures(session(connectivity), connectivity));
  }

  private ConnectivityService connectivity() {
    return new ConnectivityService(now, ServerStatus::up, () -> "server", new Random());
  }

  private SessionService session(ConnectivityService connectivity) {
    Accounts accounts =
        new Accounts(
            HttpClients::create,
            MemorySecretStore::new,
            ServerAddress.parse("http://localhost:1"),
            Clock.systemUTC());
    return new SessionService(
        now, accounts, new SettingsService(new SettingsStore(dataDir)), connectivity);
  }
}
