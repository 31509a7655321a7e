package org.careercoach.desktop.ui.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.store.LocalDraft;
import org.careercoach.desktop.service.uploads.ResumeFileItem.Stage;
import org.careercoach.desktop.support.AccessibleTextAudit;
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
 * The resume-files screens as real screens (headless): files added through the drop handler's
 * command show their stage and progress, the notice of a read file leads to its review, the
 * keyboard reaches the unsure fields, the selected one's box is drawn on the rendered page, and the
 * corrected resume becomes a draft in the real store. The service is the in-memory double.
 */
class UploadScreensTest {

  private final FxRobot robot = new FxRobot();
  @TempDir Path dataDir;
  @TempDir Path dir;
  private FxTaskExecutor executor;
  private UploadsWorld world;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void open() throws Exception {
    executor = new FxTaskExecutor(2);
    FxToolkit.setupStage(
        (javafx.stage.Stage stage) -> {
          world = new UploadsWorld(dataDir, executor);
          stage.setScene(world.scene);
          stage.setWidth(1100);
          stage.setHeight(720);
          stage.show();
        });
    waitUntil(() -> world.profiles.state().get().open());
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    world.profiles.close();
    executor.close();
  }

  @Test
  void addedFilesShowTheirStageAndProgressAndTheReadOneBecomesADraft() throws Exception {
    Path cv = dir.resolve("cv.pdf");
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, String.join("\n", UploadsWorld.LINES));
    SourceFiles.pdf(cv, UploadsWorld.LINES, 8);

    robot.interact(() -> world.screens.files().addFiles(List.of(cv, notes)));
    waitUntil(() -> world.screens.files().rows().size() == 2);
    assertThat(text("#files-rules"))
        .isEqualTo(
            "PDF, Word document or plain text up to 10 MB · 29 uploads left this hour · 3.2 MB"
                + " of 100 MB used");
    String key = world.files.state().get().files().get(1).key();
    long size = Files.size(cv);

    robot.interact(() -> world.files.move(key, Stage.UPLOADING, size / 2, ""));
    try {
      waitUntil(() -> cellFor("cv.pdf") != null && cellFor("cv.pdf").contains("Uploading 50%"));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(
          "cells: "
              + robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                  .map(c -> c.getAccessibleText() + "|" + c.getText())
                  .toList()
              + " rows "
              + world.screens.files().rows());
    }
    ProgressBar bar =
        robot.lookup(".files-list .progress-bar").queryAllAs(ProgressBar.class).stream()
            .filter(Node::isVisible)
            .findFirst()
            .orElseThrow();
    assertThat(bar.getProgress()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));

    // Read: the notice says so, and its Review opens the file beside what was read from it.
    world.files.parsed.clear();
    String read = world.readPdf(dir, "cv2.pdf");
    robot.interact(() -> world.files.move(read, Stage.READ, 1, ""));
    waitUntil(() -> "cv2.pdf is read".equals(text("#read-notice-text")));
    robot.interact(() -> AccessibleTextAudit.check(world.scene.getRoot()));
    robot.clickOn("#read-notice-review");
    waitUntil(() -> world.screens.review().readyProperty().get());
    assertThat(world.showing).isEqualTo(Screen.REVIEW);
    assertThat(robot.lookup("#read-notice").query().isVisible()).isFalse();
    assertThat(text("#review-to-check")).isEqualTo("4 fields to check");
    try {
      waitUntil(() -> robot.lookup(".review-source ImageView").queryAll().size() == 2);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(
          "pages "
              + world.screens.review().pages().size()
              + " problem "
              + world.screens.review().problemProperty().get()
              + " views "
              + robot.lookup(".review-source ImageView").queryAll().size()
              + robot.lookup(".source-sheet").queryAll().size());
    }
    robot.interact(() -> AccessibleTextAudit.check(world.scene.getRoot()));

    // F8 goes to the first unsure field; its box is drawn on the first page, scaled to it.
    robot.type(KeyCode.F8);
    waitUntil(() -> focusedId().equals("review-field-basics-name"));
    Rectangle box = visibleBox();
    ImageView page =
        robot.lookup(".review-source ImageView").queryAllAs(ImageView.class).iterator().next();
    double scale = page.getFitWidth() / 612;
    assertThat(box.getX()).isCloseTo(SourceFiles.LEFT * scale - 3, within());
    assertThat(box.getY()).isCloseTo(SourceFiles.TOP * scale - 3, within());
    assertThat(text("#review-to-check")).isEqualTo("3 fields to check");

    // The Globex line's field: fix it.
    robot.type(KeyCode.F8).type(KeyCode.F8).type(KeyCode.F8);
    waitUntil(() -> focusedId().equals("review-field-work-1-name"));
    TextField globex = robot.lookup("#review-field-work-1-name").queryAs(TextField.class);
    robot.interact(() -> globex.selectAll());
    robot.write("Globex Corporation");
    assertThat(visibleBox().getY())
        .isCloseTo((SourceFiles.TOP + 7 * SourceFiles.LEADING) * scale - 3, within());

    // Zoomed in (Ctrl+Plus twice): the pages grow, the box grows with them, and back (Ctrl+0).
    double fitWidth = page.getFitWidth();
    robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
    waitUntil(() -> text("#review-zoom").equals("156%"));
    assertThat(page.getFitWidth()).isCloseTo(fitWidth * 1.5625, within());
    double zoomed = page.getFitWidth() / 612;
    assertThat(visibleBox().getY())
        .isCloseTo((SourceFiles.TOP + 7 * SourceFiles.LEADING) * zoomed - 3, within());
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
    waitUntil(() -> text("#review-zoom").equals("100%"));
    assertThat(page.getFitWidth()).isCloseTo(fitWidth, within());
    assertThat(robot.lookup("#review-zoom-out").queryButton().isDisabled()).isTrue();

    robot.clickOn("#review-create");
    waitUntil(() -> world.opened.size() == 1);
    LocalDraft draft = world.profiles.drafts().find(world.opened.get(0)).orElseThrow();
    assertThat(draft.title()).isEqualTo("Ana Lima (cv2.pdf)");
    assertThat(draft.resume().work().get(1).name()).isEqualTo("Globex Corporation");
    assertThat(world.files.corrections.get(read))
        .extracting(c -> c.field() + "=" + c.corrected())
        .containsExactly("work[1].name=Globex Corporation");
  }

  @Test
  void aTextFileIsReviewedAgainstItsLines() throws Exception {
    Path txt = dir.resolve("cv.txt");
    Files.writeString(txt, String.join("\n", UploadsWorld.LINES));
    String key = world.add(txt);
    java.util.List<org.careercoach.model.api.ParseProvenance.SourceLine> lines =
        new java.util.ArrayList<>();
    for (int i = 0; i < UploadsWorld.LINES.size(); i++) {
      lines.add(
          new org.careercoach.model.api.ParseProvenance.SourceLine(
              i + 1, 1, UploadsWorld.LINES.get(i), null));
    }
    world.files.parsed.put(
        key,
        new org.careercoach.desktop.service.uploads.ParsedFile(
            world.files.find(key).orElseThrow(),
            org.careercoach.model.json.CoachJson.mapper()
                .readValue(UploadsWorld.PARSED, org.careercoach.model.resume.Resume.class),
            new org.careercoach.model.api.ParseProvenance(
                "heuristic",
                List.of(),
                lines,
                java.util.Map.of(
                    "work[1].name",
                    new org.careercoach.model.api.ParseProvenance.FieldSource(0.4, 1, 8, null)))));
    robot.interact(() -> world.files.move(key, Stage.READ, 1, ""));

    robot.interact(() -> world.screens.review().open(key));
    waitUntil(() -> world.screens.review().readyProperty().get());
    robot.type(KeyCode.F8);

    var list = robot.lookup("#review-lines").queryListView();
    waitUntil(() -> list.getSelectionModel().getSelectedIndex() == 7);
    assertThat(list.isVisible()).isTrue();
    robot.interact(() -> AccessibleTextAudit.check(world.scene.getRoot()));
  }

  @Test
  void theMergeDialogNamesEveryChoiceAndAnswersWithThem() throws Exception {
    var draft =
        world.profiles.drafts().create("Main CV", org.careercoach.model.resume.Resume.of(null));
    DraftSummary summary =
        world
            .profiles
            .drafts()
            .list(org.careercoach.desktop.service.store.DraftStore.DraftSort.TITLE)
            .get(0);
    java.util.concurrent.atomic.AtomicReference<java.util.Optional<UploadDialogs.MergePlan>> plan =
        new java.util.concurrent.atomic.AtomicReference<>();
    executor.deliver(
        () ->
            plan.set(
                new FxUploadDialogs()
                    .askMerge(
                        List.of(summary),
                        List.of(ResumeMerge.Section.BASICS, ResumeMerge.Section.WORK))));
    waitUntil(() -> robot.lookup("#dialog-merge-work").tryQuery().isPresent());
    Node work = robot.lookup("#dialog-merge-work").query();
    javafx.stage.Window dialog = work.getScene().getWindow();
    robot.interact(() -> AccessibleTextAudit.check(work.getScene().getRoot()));
    @SuppressWarnings("unchecked")
    javafx.scene.control.ComboBox<ResumeMerge.Choice> choice =
        (javafx.scene.control.ComboBox<ResumeMerge.Choice>) work;
    robot.interact(() -> choice.setValue(ResumeMerge.Choice.REPLACE));
    robot.targetWindow(dialog);
    robot.clickOn("Merge");
    waitUntil(() -> plan.get() != null);

    assertThat(plan.get()).isPresent();
    assertThat(plan.get().get().draft().id()).isEqualTo(draft.id());
    assertThat(plan.get().get().choices())
        .containsEntry(ResumeMerge.Section.WORK, ResumeMerge.Choice.REPLACE)
        .containsEntry(ResumeMerge.Section.BASICS, ResumeMerge.Choice.ADD);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.5);
  }

  private Rectangle visibleBox() {
    return robot.lookup(".review-box").queryAllAs(Rectangle.class).stream()
        .filter(Node::isVisible)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no box drawn"));
  }

  private String focusedId() {
    Node focused = world.scene.getFocusOwner();
    return focused == null || focused.getId() == null ? "" : focused.getId();
  }

  private String text(String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  /** The accessible text of the list's cell for a file; null when none shows it. */
  private String cellFor(String name) {
    return robot.lookup(".files-list .list-cell").queryAllAs(ListCell.class).stream()
        .map(ListCell::getAccessibleText)
        .filter(text -> text != null && text.startsWith(name + ","))
        .findFirst()
        .orElse(null);
  }

  private static void waitUntil(Supplier<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::get);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
