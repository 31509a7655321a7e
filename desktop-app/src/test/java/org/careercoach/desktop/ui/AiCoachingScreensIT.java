package org.careercoach.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careercoach.desktop.app.Desktop;
import org.careercoach.desktop.app.DesktopConfig;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.service.settings.SettingsStore;
import org.careercoach.desktop.support.OpenAiProvider;
import org.careercoach.desktop.support.Screenshots;
import org.careercoach.desktop.support.ScrollInto;
import org.careercoach.desktop.support.SyncServer;
import org.careercoach.desktop.ui.common.FxTaskExecutor;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * AI coaching as a person meets it, in the app wired as {@link Desktop} wires it, against the real
 * server jar whose model is a local server playing an OpenAI-compatible provider: off until turned
 * on in Settings (nothing reaches the provider before), Settings showing what the server sends,
 * then a rewrite asked, streamed and accepted, and off again at once.
 */
class AiCoachingScreensIT {

  private static final String PASSWORD = "a long enough passphrase";
  private static OpenAiProvider provider;
  private static SyncServer server;

  private final FxRobot robot = new FxRobot();
  private FxTaskExecutor executor;
  private Desktop desktop;

  @BeforeAll
  static void start() throws Exception {
    provider = new OpenAiProvider();
    server = provider.serverUsingIt("coach-ai-screens-it");
    FxToolkit.registerPrimaryStage();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    provider.close();
  }

  @AfterEach
  void closeWindow() throws Exception {
    FxToolkit.cleanupStages();
    if (desktop != null) {
      desktop.sync().close();
      desktop.files().close();
    }
    if (executor != null) {
      executor.close();
    }
  }

  @Test
  void offUntilTurnedOnInSettingsWhichShowsWhatIsSentThenARewriteIsAskedAndAccepted()
      throws Exception {
    Path dataDir = Files.createTempDirectory("coach-ai-screens");
    String email = SyncServer.uniqueEmail("consent");
    server.register(email, PASSWORD, "Ria Write");
    open(dataDir);
    robot.clickOn("#nav-sign-in");
    robot.clickOn("#signin-email").write(email, 0);
    robot.clickOn("#signin-password").write(PASSWORD, 0).type(KeyCode.ENTER);
    waitForScreen(Screen.DRAFTS);
    desktop
        .profiles()
        .drafts()
        .create(
            "Ria's CV",
            CoachJson.mapper()
                .readValue(
                    "{\"basics\":{\"name\":\"Ria Write\",\"email\":\"ria@example.com\","
                        + "\"summary\":\"Builds compilers.\"},\"work\":[{\"name\":\"Acme\","
                        + "\"position\":\"Engineer\",\"startDate\":\"2019-01\","
                        + "\"highlights\":[\"Made builds faster by 40%\"]}]}",
                    Resume.class));
    int before = provider.server().getRequestCount();

    openTheDraft();
    robot.clickOn(ScrollInto.view(robot, "#rewrite-ask"));
    waitUntil(() -> text("#rewrite-status").startsWith("AI coaching is off."));
    assertThat(robot.lookup("#send-material").tryQuery()).isEmpty();

    robot.clickOn("#editor-close");
    waitForScreen(Screen.DRAFTS);
    robot.clickOn("#open-settings");
    waitForScreen(Screen.SETTINGS);
    assertThat(
            robot
                .lookup("#settings-ai-coaching")
                .queryAs(atlantafx.base.controls.ToggleSwitch.class)
                .isSelected())
        .as("off until the person turns it on")
        .isFalse();
    robot.clickOn(ScrollInto.view(robot, "#settings-ai-show"));
    waitUntil(() -> sent().contains("Coaching model: openai:gpt-test"));
    assertThat(sent())
        .contains("Rewrite suggestions: your summary and highlights.")
        .contains("Never invent employers")
        .contains("Reading your uploaded resume files into drafts")
        .contains("What goes: The text read from each file you upload");
    assertThat(provider.server().getRequestCount()).as("nothing sent so far").isEqualTo(before);
    Screenshots.take(robot, desktop.scene(), "settings-ai");
    robot.clickOn(ScrollInto.view(robot, "#settings-ai-coaching .thumb-area"));
    waitUntil(() -> new SettingsStore(dataDir).load().aiCoaching());

    robot.clickOn("#nav-drafts");
    waitForScreen(Screen.DRAFTS);
    openTheDraft();
    provider.replies("work[0].highlights[0] => ", "Cut build times by 40%");
    robot.clickOn(ScrollInto.view(robot, "#rewrite-ask"));
    assertThat(robot.lookup("#send-material").queryAs(TextInputControl.class).getText())
        .isEqualTo(
            "basics.summary: Builds compilers.\nwork[0].highlights[0]: Made builds faster by 40%\n");
    robot.clickOn("Send");
    waitUntil(() -> robot.lookup("#proposal-accept-0").tryQuery().isPresent());
    robot.clickOn(ScrollInto.view(robot, "#proposal-accept-0"));
    waitUntil(
        () ->
            robot.lookup("#section-work .text-area").queryAllAs(TextInputControl.class).stream()
                .anyMatch(t -> t.getText().equals("Cut build times by 40%")));
    assertThat(provider.server().getRequestCount()).isEqualTo(before + 1);

    robot.clickOn("#editor-close");
    waitForScreen(Screen.DRAFTS);
    robot.clickOn("#open-settings");
    waitForScreen(Screen.SETTINGS);
    robot.clickOn(ScrollInto.view(robot, "#settings-ai-coaching .thumb-area"));
    waitUntil(() -> !new SettingsStore(dataDir).load().aiCoaching());
    robot.clickOn("#nav-drafts");
    waitForScreen(Screen.DRAFTS);
    openTheDraft();
    robot.clickOn(ScrollInto.view(robot, "#rewrite-ask"));
    waitUntil(() -> text("#rewrite-status").startsWith("AI coaching is off."));
    assertThat(provider.server().getRequestCount()).as("off holds at once").isEqualTo(before + 1);
  }

  private void openTheDraft() throws Exception {
    robot.interact(() -> desktop.drafts().drafts().reload());
    waitUntil(() -> robot.lookup("Ria's CV").tryQuery().isPresent());
    robot.clickOn("Ria's CV").type(KeyCode.ENTER);
    waitForScreen(Screen.EDITOR);
    if (robot.lookup("#coach").tryQuery().filter(n -> n.isVisible()).isEmpty()) {
      robot.clickOn("#editor-coach-toggle");
    }
    waitUntil(() -> robot.lookup("#rewrite-ask").tryQuery().isPresent());
  }

  private void open(Path dataDir) throws Exception {
    executor = new FxTaskExecutor(4);
    DesktopConfig config = new DesktopConfig("", dataDir);
    SettingsService settings = new SettingsService(new SettingsStore(dataDir));
    settings.update(chosen -> chosen.withServerUrl(server.address().toString()));
    MemorySecretStore keychain = new MemorySecretStore();
    FxToolkit.setupStage(
        (Stage stage) -> {
          desktop = Desktop.assemble(config, settings, () -> keychain, executor, Clock.systemUTC());
          stage.setScene(desktop.scene());
          stage.show();
        });
    waitUntil(() -> desktop.shell().screenProperty().get() != Screen.STARTING);
  }

  private String sent() {
    return robot.lookup("#settings-ai-sent").queryAs(TextInputControl.class).getText();
  }

  private String text(String id) {
    return ((Labeled) robot.lookup(id).query()).getText();
  }

  private void waitForScreen(Screen screen) throws Exception {
    waitUntil(() -> desktop.shell().screenProperty().get() == screen);
  }

  private static void waitUntil(Supplier<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::get);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
