package org.careercoach.desktop.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.ServerStatus;
import org.careercoach.desktop.service.connectivity.ConnectivityService;
import org.junit.jupiter.api.Test;

/** The status bar's words for the connectivity service's state (the loop is tested there). */
class ConnectionViewModelTest {

  private static final String SERVER = "http://localhost:8080";

  private final SameThreadExecutor executor = new SameThreadExecutor();
  private final Deque<ServerStatus> answers = new ArrayDeque<>();
  private final ConnectivityService connectivity =
      new ConnectivityService(
          executor,
          () -> answers.isEmpty() ? ServerStatus.down("Connection refused") : answers.pop(),
          () -> SERVER,
          new Random(7));
  private final ConnectionViewModel connection = new ConnectionViewModel(executor, connectivity);

  @Test
  void beforeTheFirstAnswerItIsConnectingNotOffline() {
    assertThat(connection.connectionProperty().get()).isEqualTo("Connecting to " + SERVER + "…");
    assertThat(connection.offlineProperty().get()).isFalse();
    assertThat(connection.onlineProperty().get()).isFalse();
    assertThat(connection.detailProperty().get()).isEmpty();
  }

  @Test
  void saysConnectedWhenTheServerAnswers() {
    answers.add(ServerStatus.up());

    connection.retry();

    assertThat(connection.onlineProperty().get()).isTrue();
    assertThat(connection.checkingProperty().get()).isFalse();
    assertThat(connection.connectionProperty().get()).isEqualTo("Connected to " + SERVER);
    assertThat(connection.detailProperty().get()).isEmpty();
  }

  @Test
  void saysOfflineWhyAndWhenItTriesAgain() {
    connection.retry();

    assertThat(connection.onlineProperty().get()).isFalse();
    assertThat(connection.offlineProperty().get()).isTrue();
    assertThat(connection.connectionProperty().get())
        .startsWith("Offline: can't reach " + SERVER + ". Trying again in 2 s.");
    assertThat(connection.detailProperty().get())
        .startsWith("Why: Connection refused.")
        .contains("Your work stays on this computer");
  }

  @Test
  void saysHowLongABusyServerAskedToWait() {
    answers.add(ServerStatus.busy("the server answered 503", Duration.ofSeconds(30)));

    connection.retry();

    assertThat(connection.connectionProperty().get()).contains("Trying again in 30 s");
    assertThat(connection.detailProperty().get()).startsWith("Why: the server answered 503.");
  }

  @Test
  void followsAFailedActionReportedToTheService() {
    answers.add(ServerStatus.up());
    connection.retry();

    connectivity.unreachable("timeout");

    assertThat(connection.onlineProperty().get()).isFalse();
    assertThat(connection.detailProperty().get()).startsWith("Why: timeout.");
  }
}
