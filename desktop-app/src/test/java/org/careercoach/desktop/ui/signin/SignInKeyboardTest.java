package org.careercoach.desktop.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
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

/**
 * Sign in with the keyboard alone: fields named for screen readers, Tab in reading order, Enter
 * submits, the server's refusal read out in words and a busy indicator while it is asked.
 */
@ExtendWith(ApplicationExtension.class)
class SignInKeyboardTest {

  @TempDir static Path dataDir;
  private final MockWebServer server = new MockWebServer();
  private FxTaskExecutor executor;

  /** The server: up, and refusing the password, slowly enough to see the busy indicator. */
  private static final class RefusingServer extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      if (request.getUrl().encodedPath().endsWith("/auth/login")) {
        return new MockResponse.Builder()
            .code(401)
            .headersDelay(500, TimeUnit.MILLISECONDS)
            .addHeader("Content-Type", "application/problem+json")
            .body(
                "{\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"The email or password is wrong.\"}")
            .build();
      }
      return new MockResponse.Builder().code(200).body("{\"status\":\"UP\"}").build();
    }
  }

  @Start
  void start(Stage stage) throws Exception {
    server.setDispatcher(new RefusingServer());
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
  void tabFollowsTheFormAndEnterSubmitsIt(FxRobot robot) throws Exception {
    // The app opens on the local drafts; "Sign in to sync" is in the sidebar.
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> robot.lookup("#nav-sign-in").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#nav-sign-in");
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> robot.lookup("#signin-email").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    TextField email = robot.lookup("#signin-email").queryAs(TextField.class);
    assertThat(email.getAccessibleText()).isEqualTo("Email");
    assertThat(robot.lookup(".form-field .label").queryAllAs(Label.class))
        .filteredOn(label -> label.getLabelFor() != null)
        .extracting(Label::getLabelFor)
        .containsExactly(email, robot.lookup("#signin-password").query());

    robot.clickOn(email).write("ana@example.com", 0).type(KeyCode.TAB);
    assertThat(focused(robot).getId()).isEqualTo("signin-password");
    robot.write("wrong password", 0).type(KeyCode.TAB);
    assertThat(focused(robot).getId()).isEqualTo("signin-submit");
    robot.type(KeyCode.TAB);
    assertThat(focused(robot).getId()).isEqualTo("signin-forgot");
    robot.type(KeyCode.TAB);
    assertThat(focused(robot).getId()).isEqualTo("signin-create");

    robot.clickOn("#signin-password").type(KeyCode.ENTER);

    Node signIn = robot.lookup("#signin-submit").query();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, signIn::isDisabled);
    Label error = robot.lookup("#signin-error").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
    assertThat(error.getText()).isEqualTo("The email or password is wrong.");
    assertThat(signIn.isDisabled()).isFalse();
    RecordedRequest login = takeLogin();
    assertThat(login.getBody().utf8()).contains("\"email\":\"ana@example.com\"");
  }

  private RecordedRequest takeLogin() throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    while (!request.getUrl().encodedPath().endsWith("/auth/login")) {
      request = server.takeRequest();
    }
    return request;
  }

  private static Node focused(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot
        .targetWindow(robot.listTargetWindows().get(0))
        .window(0)
        .getScene()
        .getFocusOwner();
  }
}
