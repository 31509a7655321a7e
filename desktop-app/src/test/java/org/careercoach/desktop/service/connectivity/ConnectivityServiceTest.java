package org.careercoach.desktop.service.connectivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.ServerStatus;
import org.careercoach.desktop.service.TaskExecutor;
import org.junit.jupiter.api.Test;

/** The reconnect loop as a plain service: no toolkit, time passes when the test says so. */
class ConnectivityServiceTest {

  private static final String SERVER = "http://localhost:8080";

  private final SameThreadExecutor executor = new SameThreadExecutor();
  private final Deque<ServerStatus> answers = new ArrayDeque<>();
  private final List<Connectivity> seen = new ArrayList<>();
  private int checks;
  private String server = SERVER;
  private final ConnectivityService connectivity =
      new ConnectivityService(
          executor,
          () -> {
            checks++;
            return answers.isEmpty() ? ServerStatus.down("Connection refused") : answers.pop();
          },
          () -> server,
          new Random(7));

  {
    connectivity.state().subscribe(seen::add);
  }

  @Test
  void isOnlineWhenTheServerAnswersAndSchedulesNothing() {
    answers.add(ServerStatus.up());

    connectivity.retryNow();

    assertThat(seen)
        .extracting(Connectivity::checking, Connectivity::online)
        .containsExactly(tuple(true, false), tuple(false, true));
    assertThat(connectivity.state().get().reason()).isEmpty();
    assertThat(executor.scheduled()).as("nothing to retry").isEmpty();
  }

  @Test
  void offlineSaysWhyAndRetriesWithGrowingJitteredPausesUpToAMinute() {
    connectivity.retryNow();

    Connectivity offline = connectivity.state().get();
    assertThat(offline.online()).isFalse();
    assertThat(offline.reason()).isEqualTo("Connection refused");
    Duration floor = ConnectivityService.FIRST_PAUSE;
    for (int i = 0; i < 8; i++) {
      assertThat(executor.scheduled()).hasSize(1);
      assertThat(connectivity.state().get().retryIn())
          .contains(executor.scheduled().get(0).delay());
      Duration pause = executor.runNextScheduled();
      assertThat(pause).isBetween(floor, floor.plus(floor.dividedBy(5)));
      Duration doubled = floor.multipliedBy(2);
      floor =
          doubled.compareTo(ConnectivityService.LONGEST_PAUSE) > 0
              ? ConnectivityService.LONGEST_PAUSE
              : doubled;
    }
    assertThat(checks).isEqualTo(9);
  }

  @Test
  void waitsAsLongAsABusyServerAsksWithRetryAfter() {
    answers.add(ServerStatus.busy("the server answered 503", Duration.ofSeconds(30)));

    connectivity.retryNow();

    assertThat(executor.scheduled())
        .singleElement()
        .extracting(SameThreadExecutor.Scheduled::delay)
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(connectivity.state().get().retryIn()).contains(Duration.ofSeconds(30));
  }

  @Test
  void retryNowAsksAtOnceAndComingBackResetsThePause() {
    connectivity.retryNow();
    executor.runNextScheduled();
    answers.add(ServerStatus.up());

    connectivity.retryNow();

    assertThat(executor.scheduled()).as("the pending retry is cancelled").isEmpty();
    assertThat(connectivity.state().get().online()).isTrue();
    connectivity.unreachable("timeout");
    assertThat(executor.scheduled())
        .singleElement()
        .extracting(SameThreadExecutor.Scheduled::delay)
        .satisfies(pause -> assertThat(pause).isLessThanOrEqualTo(Duration.ofMillis(2400)));
    assertThat(connectivity.state().get().reason()).isEqualTo("timeout");
  }

  @Test
  void aFailedActionWhileARetryIsPendingDoesNotShortenTheWait() {
    connectivity.retryNow();
    executor.runNextScheduled(); // the second pause (4 s) is now pending

    connectivity.unreachable("timeout");

    assertThat(executor.scheduled()).hasSize(1);
    assertThat(connectivity.state().get().reason()).isEqualTo("Connection refused");
  }

  @Test
  void aCheckThatThrowsIsOfflineNotLost() {
    ConnectivityService throwing =
        new ConnectivityService(
            executor,
            () -> {
              throw new IllegalStateException("boom");
            },
            () -> SERVER,
            new Random());

    throwing.retryNow();

    assertThat(throwing.state().get().online()).isFalse();
    assertThat(throwing.state().get().reason()).isEqualTo("IllegalStateException");
  }

  @Test
  void anotherServerStartsOverAndAnAnswerAboutTheOldOneIsDropped() {
    SameThreadExecutor later = new SameThreadExecutor();
    List<Runnable> inFlight = new ArrayList<>();
    ConnectivityService slow =
        new ConnectivityService(
            new TaskExecutor() {
              @Override
              public <T> void submit(
                  Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                inFlight.add(() -> later.submit(work, onSuccess, onFailure));
              }

              @Override
              public void deliver(Runnable uiWork) {
                uiWork.run();
              }

              @Override
              public Runnable schedule(Duration delay, Runnable uiWork) {
                return later.schedule(delay, uiWork);
              }
            },
            () -> ServerStatus.down("refused by " + server),
            () -> server,
            new Random(7));
    slow.retryNow();

    server = "https://coach.example.com";
    slow.serverChanged();
    inFlight.get(0).run(); // the old server's answer arrives late

    assertThat(slow.state().get().checking()).as("still asking the new one").isTrue();
    assertThat(slow.state().get().server()).isEqualTo("https://coach.example.com");
    inFlight.get(1).run();
    assertThat(slow.state().get().reason()).isEqualTo("refused by https://coach.example.com");
  }
}
