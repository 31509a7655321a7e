package org.careercoach.desktop.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.careercoach.desktop.support.DesktopWindows;
import org.careercoach.desktop.ui.common.FxTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar of the real window, against a server that is busy, then back. */
@ExtendWith(ApplicationExtension.class)
class StatusBarTest {

  @TempDir static Path dataDir;
  private final MockWebServer server = new MockWebServer();
  private FxTaskExecutor executor;

  @Start
  void start(Stage stage) throws Exception {
    // Slow to answer first, so the bar is seen before anything is known.
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After", "120")
            .headersDelay(1500, TimeUnit.MILLISECONDS)
            .build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"status\":\"UP\"}").build());
    server.start();
    executor = new FxTaskExecutor(2);
    DesktopWindows.show(stage, server.url("/").toString(), dataDir, executor);
  }

  @AfterEach
  void stop() throws Exception {
    executor.close();
    server.close();
  }

  @Test
  void aBusyServerIsShownOfflineUntilTheUserRetries(FxRobot robot) throws Exception {
    Label status = robot.lookup("#connection-status").queryAs(Label.class);
    Button retry = robot.lookup("#retry-connection").queryButton();
    Node dot = robot.lookup(".connection-dot").query();
    assertThat(status.getText()).startsWith("Connecting to ");
    assertThat(retry.isVisible()).as("no Retry before the first answer").isFalse();
    assertThat(dot.getPseudoClassStates())
        .noneMatch(state -> state.getPseudoClassName().equals("offline"));

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Offline"));
    assertThat(status.getText()).endsWith("Trying again in 120 s.");
    assertThat(status.getTooltip().getText()).contains("the server answered 503");
    assertThat(retry.isVisible()).isTrue();
    assertThat(dot.getPseudoClassStates())
        .anyMatch(state -> state.getPseudoClassName().equals("offline"));

    robot.clickOn(retry);

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Connected"));
    assertThat(retry.isVisible()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
