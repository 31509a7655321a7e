package org.careercoach.desktop.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.ServerStatus;
import org.junit.jupiter.api.Test;

class ConnectionViewModelTest {

  private static final String SERVER = "http://localhost:8080";

  private final SameThreadExecutor executor = new SameThreadExecutor();
  private final Deque<ServerStatus> answers = new ArrayDeque<>();
  private int checks;
  private final ConnectionViewModel connection =
      new ConnectionViewModel(
          executor,
          () -> {
            checks++;
            return answers.isEmpty() ? ServerStatus.down("Connection refused") : answers.pop();
          },
          () -> SERVER,
          new Random(7));

  @Test
  void saysConnectedWhenTheServerAnswers() {
    answers.add(ServerStatus.up());

    connection.check();

    assertThat(connection.onlineProperty().get()).isTrue();
    assertThat(connection.checkingProperty().get()).isFalse();
    assertThat(connection.connectionProperty().get()).isEqualTo("Connected to " + SERVER);
    assertThat(connection.detailProperty().get()).isEmpty();
    assertThat(executor.scheduled()).as("nothing to retry").isEmpty();
  }

  @Test
  void saysOfflineAndWhyAndRetriesWithGrowingPausesUpToAMinute() {
    connection.check();

    assertThat(connection.onlineProperty().get()).isFalse();
    assertThat(connection.connectionProperty().get())
        .startsWith("Offline: can't reach " + SERVER + ". Trying again in 2 s.");
    assertThat(connection.detailProperty().get())
        .startsWith("Why: Connection refused.")
        .contains("Your work stays on this computer");
    Duration floor = Duration.ofSeconds(2);
    for (int i = 0; i < 8; i++) {
      assertThat(executor.scheduled()).hasSize(1);
      Duration pause = executor.runNextScheduled();
      assertThat(pause).isBetween(floor, floor.plus(floor.dividedBy(5)));
      Duration doubled = floor.multipliedBy(2);
      floor = doubled.compareTo(Duration.ofSeconds(60)) > 0 ? Duration.ofSeconds(60) : doubled;
    }
    assertThat(checks).isEqualTo(9);
  }

  @Test
  void waitsAsLongAsABusyServerAsks() {
    answers.add(ServerStatus.busy("the server answered 503", Duration.ofSeconds(30)));

    connection.check();

    assertThat(executor.scheduled())
        .singleElement()
        .extracting(SameThreadExecutor.Scheduled::delay)
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(connection.connectionProperty().get()).contains("Trying again in 30 s");
  }

  @Test
  void retryAsksAtOnceAndComingBackResetsThePause() {
    connection.check();
    executor.runNextScheduled();
    answers.add(ServerStatus.up());

    connection.check();

    assertThat(executor.scheduled()).as("the pending retry is cancelled").isEmpty();
    assertThat(connection.onlineProperty().get()).isTrue();
    connection.unreachable("timeout");
    assertThat(executor.scheduled())
        .singleElement()
        .extracting(SameThreadExecutor.Scheduled::delay)
        .satisfies(pause -> assertThat(pause).isLessThanOrEqualTo(Duration.ofMillis(2400)));
    assertThat(connection.detailProperty().get()).startsWith("Why: timeout.");
  }

  @Test
  void aCheckThatThrowsIsShownAsOfflineNotLost() {
    ConnectionViewModel throwing =
        new ConnectionViewModel(
            executor,
            () -> {
              throw new IllegalStateException("boom");
            },
            () -> SERVER,
            new Random());

    throwing.check();

    assertThat(throwing.onlineProperty().get()).isFalse();
    assertThat(throwing.detailProperty().get()).contains("IllegalStateException");
  }
}
