package org.careercoach.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.careercoach.desktop.app.Desktop;
import org.careercoach.desktop.app.DesktopConfig;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.service.settings.SettingsStore;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.sync.Conflict;
import org.careercoach.desktop.support.AccessibleTextAudit;
import org.careercoach.desktop.ui.common.FxTaskExecutor;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the real app (assembled as users get it, headless on Monocle, on a real SQLite
 * store in a temporary data folder) with content in it: a draft with a work entry and a kept
 * version, a draft in the Trash, a sent copy. Each focusable control of each screen, and of the
 * drafts' own dialogs, must have a name a screen reader can say.
 */
class EveryScreenIsNamedTest {

  private static final String ANA =
      """
      {"basics": {"name": "Ana Lima", "label": "Backend engineer", "email": "ana@example.com",
                  "summary": "Builds payment systems."},
       "work": [{"name": "Acme Payments", "position": "Senior engineer", "startDate": "2019-03",
                 "highlights": ["Cut settlement time from two days to two hours"]}],
       "education": [{"institution": "USP", "area": "Computing", "studyType": "BSc"}],
       "skills": [{"name": "Kotlin", "keywords": ["Coroutines", "Ktor"]}],
       "languages": [{"language": "Portuguese", "fluency": "Native"}]}
      """;

  /**
   * Home shows the signed-in account's details, which need a sync server; {@code AccountScreensIT}
   * reaches it that way. Here it is audited as it stands with nobody signed in. STARTING is a
   * splash with no controls.
   */
  private static final Set<Screen> WITHOUT_CONTROLS = EnumSet.of(Screen.STARTING);

  private final FxRobot robot = new FxRobot();
  private FxTaskExecutor executor;
  private Desktop desktop;
  private Path dataDir;
  private UUID kept;
  private UUID keptCopy;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void open() throws Exception {
    dataDir = Files.createTempDirectory("coach-a11y");
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
    waitUntil(() -> desktop.profiles().state().get().open());

    Resume ana = CoachJson.mapper().readValue(ANA, Resume.class);
    DraftStore store = desktop.profiles().drafts();
    kept = store.create("Backend CV", ana).id();
    store.keepVersion(kept, DraftStore.VersionReason.CLOSED);
    store.save(kept, "Backend CV", ana);
    store.recordSent(kept, "Globex", "Staff engineer", LocalDate.parse("2026-11-20"));
    // A conflict's two sides, as the sync engine leaves them (the copy is moved out of the list
    // view's way below, so the list still shows one draft).
    keptCopy = store.create("Backend CV (conflicted copy, laptop, 2 Dec 2026)", ana).id();
    store.moveToTrash(keptCopy);
    UUID old = store.create("Old CV", ana).id();
    store.moveToTrash(old);
    robot.interact(() -> desktop.drafts().drafts().reload());
    waitUntil(() -> titles().equals(List.of("Backend CV")));
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    desktop.profiles().close();
    executor.close();
  }

  @Test
  void everyScreenWithContentHasNoUnnamedControl() throws Exception {
    List<String> problems = new ArrayList<>();
    List<Screen> audited = new ArrayList<>();
    for (Screen screen : Screen.values()) {
      if (WITHOUT_CONTROLS.contains(screen)) {
        continue;
      }
      reach(screen);
      Parent root = desktop.scene().getRoot();
      List<String> unnamed = new ArrayList<>();
      int[] seen = new int[1];
      robot.interact(
          () -> {
            unnamed.addAll(AccessibleTextAudit.unnamed(root));
            seen[0] = AccessibleTextAudit.focusableControls(root);
          });
      assertThat(seen[0]).as(screen + ": the audit saw controls").isGreaterThan(0);
      unnamed.forEach(line -> problems.add(screen + ": " + line));
      audited.add(screen);
    }
    assertThat(audited).hasSize(Screen.values().length - WITHOUT_CONTROLS.size());
    assertThat(problems).isEmpty();
  }

  @Test
  void theDraftsDialogsHaveNoUnnamedControl() throws Exception {
    robot.clickOn("#drafts-list");
    robot.type(KeyCode.HOME).type(KeyCode.F2);
    assertDialogNamed("#dialog-title");
    robot.clickOn("#drafts-sent");
    assertDialogNamed("#dialog-company");
    robot.clickOn("#drafts-export");
    assertDialogNamed("#dialog-export-format");
  }

  /** Waits for the dialog holding {@code field}, audits its window and cancels it with Escape. */
  private void assertDialogNamed(String field) throws Exception {
    waitUntil(() -> robot.lookup(field).tryQuery().map(n -> n.getScene() != null).orElse(false));
    Node node = robot.lookup(field).query();
    Window dialog = node.getScene().getWindow();
    Parent root = node.getScene().getRoot();
    List<String> unnamed = new ArrayList<>();
    int[] seen = new int[1];
    robot.interact(
        () -> {
          unnamed.addAll(AccessibleTextAudit.unnamed(root));
          seen[0] = AccessibleTextAudit.focusableControls(root);
        });
    assertThat(seen[0]).as(field + ": the field and the buttons").isGreaterThanOrEqualTo(3);
    assertThat(unnamed).as(field).isEmpty();
    robot.targetWindow(dialog);
    robot.type(KeyCode.ESCAPE);
    waitUntil(() -> !dialog.isShowing());
    robot.targetWindow(desktop.scene().getWindow());
  }

  /** Shows a screen the way a person gets there, with its content loaded. */
  private void reach(Screen screen) throws Exception {
    switch (screen) {
      case HISTORY -> {
        robot.interact(
            () -> {
              desktop.drafts().history().open(kept);
              desktop.shell().show(Screen.HISTORY);
            });
        ListView<?> versions = robot.lookup("#history-versions").queryListView();
        waitUntil(() -> !versions.getItems().isEmpty());
        robot.interact(() -> versions.getSelectionModel().selectLast());
      }
      case SENT_COPY -> {
        robot.interact(
            () -> {
              var log = desktop.drafts().applications();
              log.selectedProperty().set(log.applications().get(0));
              log.open();
            });
      }
      case EDITOR -> {
        robot.interact(
            () -> {
              desktop.shell().show(Screen.DRAFTS);
              ListView<DraftSummary> list = robot.lookup("#drafts-list").queryListView();
              list.getSelectionModel().select(0);
              desktop.drafts().drafts().open();
            });
        waitUntil(
            () ->
                robot.lookup(".text-input").queryAllAs(TextInputControl.class).stream()
                    .anyMatch(field -> "Acme Payments".equals(field.getText())));
      }
      case CONFLICT -> {
        robot.interact(
            () -> {
              desktop
                  .drafts()
                  .conflicts()
                  .open(new Conflict(kept, keptCopy, "Backend CV", java.time.Instant.now()));
              desktop.shell().show(Screen.CONFLICT);
            });
        waitUntil(() -> desktop.drafts().conflicts().readyProperty().get());
        waitUntil(() -> !robot.lookup("#conflict-comparison").queryListView().getItems().isEmpty());
      }
      case TRASH -> {
        robot.interact(() -> desktop.shell().show(screen));
        waitUntil(() -> !robot.lookup("#trash-list").queryListView().getItems().isEmpty());
      }
      case APPLICATIONS -> {
        robot.interact(() -> desktop.shell().show(screen));
        waitUntil(() -> !desktop.drafts().applications().applications().isEmpty());
      }
      default -> robot.interact(() -> desktop.shell().show(screen));
    }
    waitUntil(() -> desktop.shell().screenProperty().get() == screen);
  }

  private List<String> titles() {
    ListView<DraftSummary> list = robot.lookup("#drafts-list").queryListView();
    return list.getItems().stream().map(DraftSummary::title).toList();
  }

  private static void waitUntil(Supplier<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::get);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
