package org.careercoach.desktop.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.careercoach.desktop.app.Theme;
import org.careercoach.desktop.service.FxTaskExecutor;
import org.careercoach.desktop.service.HttpClients;
import org.careercoach.desktop.service.ServerHealth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ShellViewTest {

  private final MockWebServer server = new MockWebServer();
  private FxTaskExecutor executor;

  @Start
  void start(Stage stage) throws Exception {
    server.start();
    executor = new FxTaskExecutor(1);
    String address = server.url("/").toString();
    ServerHealth health = new ServerHealth(HttpClients.create(), server.url("/"));
    ShellViewModel shell = new ShellViewModel(executor, health::check, address);
    Theme.LIGHT.apply();
    Scene scene = new Scene(new ShellView(shell), 800, 500);
    scene.getStylesheets().add(Theme.appStylesheet());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop() throws Exception {
    executor.close();
    server.close();
  }

  @Test
  void showsOfflineThenConnectsWhenTheUserRetries(FxRobot robot) throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"status\":\"UP\"}").build());
    Label status = robot.lookup("#connection-status").queryAs(Label.class);

    robot.interact(() -> robot.lookup("#retry-connection").queryButton().fire());
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Offline"));
    assertThat(status.getText()).contains("the server answered 503");
    Button retry = robot.lookup("#retry-connection").queryButton();
    assertThat(retry.isVisible()).isTrue();

    robot.clickOn(retry);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Connected"));
    assertThat(retry.isVisible()).isFalse();
  }
}
