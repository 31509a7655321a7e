package org.careercoach.desktop.ui.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.careercoach.desktop.app.Desktop;
import org.careercoach.desktop.app.DesktopConfig;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.service.settings.SettingsStore;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.support.AccessibleTextAudit;
import org.careercoach.desktop.ui.common.FxTaskExecutor;
import org.careercoach.desktop.ui.shell.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The drafts screens in the real window (headless, on Monocle), by keyboard: nobody signed in, the
 * app opens on the local drafts; create, search, rename, delete and undo, restore from the Trash.
 */
class DraftsScreensTest {

  private final FxRobot robot = new FxRobot();
  private FxTaskExecutor executor;
  private Desktop desktop;
  private Path dataDir;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void open() throws Exception {
    dataDir = Files.createTempDirectory("coach-drafts-ui");
    openWindow();
  }

  private void openWindow() throws Exception {
    executor = new FxTaskExecutor(2);
    SettingsService settings = new SettingsService(new SettingsStore(dataDir));
    FxToolkit.setupStage(
        (Stage stage) -> {
          desktop =
              Desktop.assemble(
                  // Nothing listens there: the app is offline, as drafting allows.
                  new DesktopConfig("http://127.0.0.1:9", dataDir),
                  settings,
                  MemorySecretStore::new,
                  executor,
                  Clock.systemUTC());
          stage.setScene(desktop.scene());
          stage.setWidth(1100);
          stage.setHeight(760);
          stage.show();
        });
    waitUntil(() -> desktop.shell().screenProperty().get() == Screen.DRAFTS);
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    desktop.profiles().close();
    executor.close();
  }

  @Test
  void aDraftMadeInOneRunIsThereInTheNextOnTheSameDataFolder() throws Exception {
    newDraft();
    waitUntil(() -> titles().size() == 1);
    UUID made = desktop.drafts().drafts().selectedProperty().get().id();

    close();
    openWindow();

    waitUntil(() -> titles().equals(List.of(DraftsViewModel.NEW_TITLE)));
    ListView<DraftSummary> list = robot.lookup("#drafts-list").queryListView();
    assertThat(list.getItems().get(0).id()).isEqualTo(made);
    assertThat(Files.list(dataDir).map(p -> p.getFileName().toString()).toList())
        .as("kept in the data folder")
        .isNotEmpty();
  }

  @Test
  void theEmptyStatesButtonsShowTheirWholeWordsAtTheWindowsFirstSize() throws Exception {
    Stage stage = (Stage) desktop.scene().getWindow();
    robot.interact(
        () -> {
          // What a new user's first window is (Desktop's scene): 960 by 680.
          stage.setWidth(960);
          stage.setHeight(680);
        });
    waitUntil(() -> robot.lookup("#drafts-empty").queryAs(Node.class).isVisible());
    WaitForAsyncUtils.waitForFxEvents();

    for (String id :
        List.of("#drafts-empty-new", "#drafts-empty-read-file", "#drafts-empty-import")) {
      Labeled button = robot.lookup(id).queryAs(Labeled.class);
      Text shown = (Text) button.lookup(".text");
      assertThat(shown.getText()).as(id + " as drawn").isEqualTo(button.getText());
    }
  }

  @Test
  void aNewUserStartsFromTheEmptyStateAndWorksTheListByKeyboard() throws Exception {
    waitUntil(() -> robot.lookup("#drafts-empty").queryAs(Node.class).isVisible());
    assertThat(text("#drafts-heading")).isEqualTo("Drafts on this computer");
    assertThat(robot.lookup("#nav-sign-in").queryButton().getText()).isEqualTo("Sign in to sync");

    newDraft();
    waitUntil(() -> titles().equals(List.of(DraftsViewModel.NEW_TITLE)));
    newDraft();
    waitUntil(() -> titles().size() == 2);

    robot.clickOn("#drafts-list");
    robot.type(KeyCode.HOME);
    robot.type(KeyCode.F2);
    waitUntil(() -> robot.lookup("#dialog-title").tryQuery().map(Node::isFocused).orElse(false));
    // Typed text goes to the window TestFX targets: the dialog's, while it is open.
    robot.targetWindow(robot.lookup("#dialog-title").query().getScene().getWindow());
    robot.push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE);
    assertThat(text("#dialog-title-error")).isEqualTo("Give the draft a name.");
    robot.write("Backend CV", 0).type(KeyCode.ENTER);
    waitUntil(() -> titles().contains("Backend CV"));
    robot.targetWindow(desktop.scene().getWindow());

    robot.push(KeyCode.CONTROL, KeyCode.F).write("backend", 0);
    waitUntil(() -> titles().equals(List.of("Backend CV")));
    robot.push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE);
    waitUntil(() -> titles().size() == 2);

    robot.clickOn("#drafts-list");
    select("Backend CV");
    robot.type(KeyCode.DELETE);
    waitUntil(() -> titles().equals(List.of(DraftsViewModel.NEW_TITLE)));
    assertThat(text("#drafts-undo-message")).isEqualTo("“Backend CV” moved to the Trash.");
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    waitUntil(() -> titles().size() == 2);
    assertThat(robot.lookup(".snackbar").queryAs(Node.class).isVisible()).isFalse();
    assertThat(text("#drafts-message")).isEqualTo("“Backend CV” is back.");

    select("Backend CV");
    robot.clickOn("#drafts-trash");
    waitUntil(() -> titles().size() == 1);
    robot.clickOn("#nav-trash");
    waitUntil(() -> trashTitles().equals(List.of("Backend CV")));
    assertThat(robot.lookup("#trash-list .list-cell").queryLabeled().getAccessibleText())
        .contains("Deleted for good on");
    robot.type(KeyCode.HOME).type(KeyCode.ENTER);
    waitUntil(() -> trashTitles().isEmpty());
    robot.clickOn("#nav-drafts");
    waitUntil(() -> titles().size() == 2);
  }

  @Test
  void everyFocusableControlOfTheDraftsScreensIsNamed() throws Exception {
    newDraft();
    waitUntil(() -> titles().size() == 1);
    for (String place : List.of("#nav-drafts", "#nav-trash", "#nav-applications")) {
      robot.clickOn(place);
      WaitForAsyncUtils.waitForFxEvents();
      Parent root = desktop.scene().getRoot();
      assertThat(AccessibleTextAudit.unnamed(root)).as(place).isEmpty();
    }
  }

  /** Ctrl+N makes a draft and opens it in the editor; the sidebar leads back to the list. */
  private void newDraft() throws Exception {
    robot.push(KeyCode.CONTROL, KeyCode.N);
    waitUntil(() -> desktop.shell().screenProperty().get() == Screen.EDITOR);
    robot.clickOn("#nav-drafts");
    waitUntil(() -> desktop.shell().screenProperty().get() == Screen.DRAFTS);
  }

  private void select(String title) {
    robot.interact(
        () -> {
          ListView<DraftSummary> list = robot.lookup("#drafts-list").queryListView();
          list.getItems().stream()
              .filter(d -> d.title().equals(title))
              .findFirst()
              .ifPresent(list.getSelectionModel()::select);
        });
  }

  private List<String> titles() {
    ListView<DraftSummary> list = robot.lookup("#drafts-list").queryListView();
    return list.getItems().stream().map(DraftSummary::title).toList();
  }

  private List<String> trashTitles() {
    ListView<DraftSummary> list = robot.lookup("#trash-list").queryListView();
    return list.getItems().stream().map(DraftSummary::title).toList();
  }

  private String text(String id) {
    return ((Labeled) robot.lookup(id).query()).getText();
  }

  private static void waitUntil(Supplier<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::get);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
