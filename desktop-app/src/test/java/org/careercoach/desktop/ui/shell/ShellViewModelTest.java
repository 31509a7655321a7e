package org.careercoach.desktop.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.ServerStatus;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

  private static final String SERVER = "http://localhost:8080";

  @Test
  void saysConnectedWhenTheServerAnswers() {
    ShellViewModel shell = new ShellViewModel(new SameThreadExecutor(), ServerStatus::up, SERVER);

    shell.checkServer();

    assertThat(shell.onlineProperty().get()).isTrue();
    assertThat(shell.checkingProperty().get()).isFalse();
    assertThat(shell.connectionProperty().get()).isEqualTo("Connected to " + SERVER);
  }

  @Test
  void saysOfflineAndWhyWhenItDoesNot() {
    ShellViewModel shell =
        new ShellViewModel(
            new SameThreadExecutor(), () -> ServerStatus.down("Connection refused"), SERVER);

    shell.checkServer();

    assertThat(shell.onlineProperty().get()).isFalse();
    assertThat(shell.connectionProperty().get())
        .isEqualTo("Offline: can't reach " + SERVER + " (Connection refused)");
  }

  @Test
  void aCheckThatThrowsIsShownAsOfflineNotLost() {
    ShellViewModel shell =
        new ShellViewModel(
            new SameThreadExecutor(),
            () -> {
              throw new IllegalStateException("boom");
            },
            SERVER);

    shell.checkServer();

    assertThat(shell.onlineProperty().get()).isFalse();
    assertThat(shell.connectionProperty().get()).contains("IllegalStateException");
  }
}
