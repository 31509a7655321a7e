package org.careercoach.desktop.ui.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careercoach.desktop.app.Theme;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.session.SessionState;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.StoreService;
import org.careercoach.desktop.support.AccessibleTextAudit;
import org.careercoach.desktop.support.FakeDraftSync;
import org.careercoach.desktop.ui.common.FxTaskExecutor;
import org.careercoach.desktop.ui.shell.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The drafts list's import and a draft's history as real screens (headless), on the real store and
 * formats; the file chooser and the "are you sure?" are answered by the test, through the same
 * ports the app's dialogs implement.
 */
class DraftsFilesAndHistoryScreenTest {

  private final FxRobot robot = new FxRobot();
  private final Answers answers = new Answers();
  @TempDir Path dataDir;
  @TempDir Path files;
  private FxTaskExecutor executor;
  private StoreService profiles;
  private DraftScreens screens;
  private Stage stage;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void open() throws Exception {
    executor = new FxTaskExecutor(2);
    ObservableState<SessionState> session =
        new ObservableState<>(DraftsViewModelTest.signedIn(null));
    profiles = new StoreService(dataDir, session, executor, Clock.systemUTC());
    waitUntil(() -> profiles.state().get().open());
    robot.interact(
        () ->
            screens =
                new DraftScreens(
                    executor,
                    profiles,
                    answers,
                    Clock.systemUTC(),
                    answers,
                    new FakeDraftSync(),
                    id -> {},
                    new FormatsResumeFiles(),
                    answers));
    stage = FxToolkit.setupStage(s -> {});
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    profiles.close();
    executor.close();
  }

  private void show(Screen screen) throws Exception {
    robot.interact(
        () -> {
          Theme.LIGHT.apply();
          Scene scene = new Scene((javafx.scene.Parent) screens.view(screen), 1000, 700);
          scene.getStylesheets().add(Theme.appStylesheet());
          stage.setScene(scene);
          stage.show();
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aBadFileIsRefusedWithEachProblemAndItsPathOnScreen() throws Exception {
    show(Screen.DRAFTS);
    Path bad =
        Files.writeString(
            files.resolve("bad.json"),
            "{\"basics\": {\"name\": \"Ana\", \"email\": 42}, \"work\": [{\"startDate\": \"2019-13\"}]}");
    answers.answer(bad);

    robot.clickOn("#drafts-empty-import");

    waitUntil(() -> !text("#drafts-import-problems").isEmpty());
    assertThat(text("#drafts-files-problem")).contains("“bad.json” was not imported");
    assertThat(text("#drafts-import-problems")).contains("$.basics.email");
    assertThat(profiles.drafts().list(DraftStore.DraftSort.TITLE)).isEmpty();
    assertThat(robot.lookup("#drafts-empty").query().isVisible()).as("still a new user").isTrue();
    assertThat(AccessibleTextAudit.unnamed(stage.getScene().getRoot())).isEmpty();
  }

  @Test
  void aVersionIsComparedSideBySideAndRestoredWithEnterOnceConfirmed() throws Exception {
    DraftStore store = profiles.drafts();
    UUID id = store.create("CV", DraftsViewModelTest.resume("Ana Lima", "Engineer")).id();
    store.keepVersion(id, DraftStore.VersionReason.CLOSED);
    store.save(id, "CV", DraftsViewModelTest.resume("Ana Lima", "Staff engineer"));
    robot.interact(() -> screens.history().open(id));
    show(Screen.HISTORY);

    ListView<?> versions = robot.lookup("#history-versions").queryListView();
    waitUntil(() -> !versions.getItems().isEmpty());
    robot.interact(() -> versions.getSelectionModel().selectLast());
    ListView<TextDiff.Row> rows = robot.lookup("#history-comparison").queryListView();
    waitUntil(() -> rows.getItems().stream().anyMatch(r -> r.change() == TextDiff.Change.CHANGED));
    assertThat(rows.getItems())
        .filteredOn(r -> r.change() == TextDiff.Change.CHANGED)
        .singleElement()
        .satisfies(r -> assertThat(r.right()).isEqualTo("Basics › Label: Staff engineer"));
    assertThat(AccessibleTextAudit.unnamed(stage.getScene().getRoot())).isEmpty();

    answers.answer(true);
    robot.clickOn("#history-versions").type(KeyCode.END).type(KeyCode.ENTER);

    waitUntil(() -> "Engineer".equals(store.find(id).orElseThrow().resume().basics().label()));
    waitUntil(() -> text("#history-message").startsWith("Restored the version of"));
    assertThat(answers.asked).contains("Restore this version?");
  }

  private String text(String id) {
    return ((Labeled) robot.lookup(id).query()).getText();
  }

  private static void waitUntil(Supplier<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::get);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
