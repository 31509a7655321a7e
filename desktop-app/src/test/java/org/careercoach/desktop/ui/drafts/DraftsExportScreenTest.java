package org.careercoach.desktop.ui.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.careercoach.desktop.app.Theme;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.session.SessionState;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.store.StoreService;
import org.careercoach.desktop.support.FakeDraftSync;
import org.careercoach.desktop.ui.common.FxTaskExecutor;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.formats.schema.JsonResumeSchema;
import org.careercoach.model.json.CoachJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A draft exported through the drafts screen (headless) in each of the three formats, on the real
 * store and renderer; the export questions and the file chooser are answered by the test through
 * {@link DraftDialogs}, the files read back: the shipped schema, PDFBox, POI.
 */
class DraftsExportScreenTest {

  private static final String ANA =
      """
      {"basics": {"name": "Ana Lima", "label": "Backend engineer", "email": "ana@example.com"},
       "work": [{"name": "Acme Payments", "position": "Senior engineer", "startDate": "2019-03",
                 "highlights": ["Cut settlement time from two days to two hours"]}],
       "skills": [{"name": "Kotlin", "keywords": ["Coroutines"]}]}
      """;

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
    robot.interact(
        () -> {
          Theme.LIGHT.apply();
          Scene scene = new Scene((Parent) screens.view(Screen.DRAFTS), 1000, 700);
          scene.getStylesheets().add(Theme.appStylesheet());
          stage.setScene(scene);
          stage.show();
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    profiles.close();
    executor.close();
  }

  @Test
  void theExportActionWritesJsonPdfAndDocxWithTheDraftsContent() throws Exception {
    answers.answer(Files.writeString(files.resolve("ana.json"), ANA));
    robot.clickOn("#drafts-empty-import");
    ListView<DraftSummary> list = robot.lookup("#drafts-list").queryListView();
    waitUntil(() -> list.getItems().size() == 1);
    robot.interact(() -> list.getSelectionModel().select(0));

    Path json = export(new ExportChoice(ExportFormat.JSON, null), "out.json");
    var tree = CoachJson.mapper().readTree(Files.readString(json));
    assertThat(JsonResumeSchema.get().validate(tree)).as("valid JSON Resume").isEmpty();
    assertThat(tree.path("basics").path("name").asString()).isEqualTo("Ana Lima");
    assertThat(tree.path("work").path(0).path("name").asString()).isEqualTo("Acme Payments");

    Path pdf = export(new ExportChoice(ExportFormat.PDF, "CLASSIC"), "out.pdf");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Ana Lima")
          .contains("Acme Payments")
          .contains("Senior engineer");
    }

    Path docx = export(new ExportChoice(ExportFormat.DOCX, "MODERN"), "out.docx");
    try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
        XWPFWordExtractor words = new XWPFWordExtractor(document)) {
      assertThat(words.getText())
          .contains("Ana Lima")
          .contains("Acme Payments")
          .contains("Cut settlement time from two days to two hours");
    }
    assertThat(answers.asked)
        .contains(
            "export Ana Lima (ana.json)",
            "save Ana Lima ana.json.json",
            "save Ana Lima ana.json.pdf",
            "save Ana Lima ana.json.docx");
    try (var left = Files.list(files)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("no partial files left behind")
          .noneMatch(name -> name.endsWith(".part"));
    }
  }

  @Test
  void aCancelledExportWritesNothing() throws Exception {
    answers.answer(Files.writeString(files.resolve("ana.json"), ANA));
    robot.clickOn("#drafts-empty-import");
    ListView<DraftSummary> list = robot.lookup("#drafts-list").queryListView();
    waitUntil(() -> list.getItems().size() == 1);
    robot.interact(() -> list.getSelectionModel().select(0));
    answers.answer(new ExportChoice(ExportFormat.PDF, "CLASSIC")); // then no file chosen

    robot.clickOn("#drafts-export");
    waitUntil(() -> answers.queued.isEmpty() && answers.asked.size() >= 3);

    assertThat(answers.asked).contains("save Ana Lima ana.json.pdf");
    try (var left = Files.list(files)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("ana.json");
    }
    assertThat(text("#drafts-files-problem")).isEmpty();
  }

  /** Clicks Export…, answers the format and the file, and waits for the file to be written. */
  private Path export(ExportChoice choice, String name) throws Exception {
    Path file = files.resolve(name);
    answers.answer(choice).answer(file);
    robot.clickOn("#drafts-export");
    waitUntil(() -> text("#drafts-files-message").equals("Exported to " + file + "."));
    assertThat(text("#drafts-files-problem")).isEmpty();
    assertThat(file).isNotEmptyFile();
    return file;
  }

  private String text(String id) {
    return ((Labeled) robot.lookup(id).query()).getText();
  }

  private static void waitUntil(Supplier<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::get);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
