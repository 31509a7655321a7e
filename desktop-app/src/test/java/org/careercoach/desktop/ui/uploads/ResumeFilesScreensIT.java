package org.careercoach.desktop.ui.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.careercoach.desktop.app.Desktop;
import org.careercoach.desktop.app.DesktopConfig;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.service.settings.SettingsStore;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.store.LocalDraft;
import org.careercoach.desktop.service.store.ResumeFileStore.KeptCorrection;
import org.careercoach.desktop.service.uploads.ResumeFileItem;
import org.careercoach.desktop.support.AccessibleTextAudit;
import org.careercoach.desktop.support.FaultyProxy;
import org.careercoach.desktop.support.Screenshots;
import org.careercoach.desktop.support.SyncServer;
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
 * Resume files as a person meets them, end to end: the real window (headless, on Monocle) signed in
 * to the real server jar (its real parser) through a proxy that slows every chunk so the upload can
 * be watched; two files added through the drop handler's command, a PDF and a Word document; both
 * read; the PDF reviewed, an unsure field fixed, the draft made and found in the drafts list, the
 * correction kept. With {@code -Dcoach.screenshots=DIR} it also writes what the window shows at
 * each step, in the light and the dark theme.
 */
class ResumeFilesScreensIT {

  private static final String PASSWORD = "correct horse battery";
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final List<String> PAGE_ONE =
      List.of(
          "Dana Reyes",
          "dana.reyes@example.com",
          "+1 555 0100",
          "",
          "Experience",
          "Senior Engineer, Acme Corp, 2019 - 2024",
          "Built the billing system used by 2 million customers",
          "Led a team of five engineers",
          "Engineer, Initech, 2015 - 2019",
          "Maintained the reporting pipeline");
  private static final List<String> PAGE_TWO =
      List.of(
          "Education",
          "BSc Computer Science, State University, 2011 - 2015",
          "",
          "Skills",
          "Java, SQL, Kubernetes, PostgreSQL",
          "",
          "Languages",
          "English, German");
  private static SyncServer server;

  private final FxRobot robot = new FxRobot();
  private FxTaskExecutor executor;
  private FaultyProxy proxy;
  private Desktop desktop;
  private Path dataDir;
  private Path dir;

  @BeforeAll
  static void startServer() throws Exception {
    server = SyncServer.shared();
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void signedInThroughAProxy() throws Exception {
    dataDir = Files.createTempDirectory("coach-files-ui");
    dir = Files.createTempDirectory("coach-files-ui-docs");
    String email = SyncServer.uniqueEmail("files");
    server.register(email, PASSWORD, "Dana Reyes");
    proxy = FaultyProxy.withSmallBuffers(server.address(), 64 * 1024);
    executor = new FxTaskExecutor(4);
    SettingsService settings = new SettingsService(new SettingsStore(dataDir));
    settings.update(chosen -> chosen.withServerUrl(proxy.address().toString()));
    FxToolkit.setupStage(
        (Stage stage) -> {
          desktop =
              Desktop.assemble(
                  new DesktopConfig("", dataDir),
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
    robot.clickOn("#nav-sign-in");
    waitUntil(() -> desktop.shell().screenProperty().get() == Screen.SIGN_IN);
    robot.clickOn("#signin-email").write(email, 0);
    robot.clickOn("#signin-password").write(PASSWORD, 0).type(KeyCode.ENTER);
    waitUntil(() -> desktop.shell().signedInProperty().get());
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    desktop.sync().close();
    desktop.files().close();
    desktop.profiles().close();
    executor.close();
    proxy.close();
  }

  @Test
  void twoFilesUploadWithProgressAreReadAndOneBecomesADraftWithTheCorrection() throws Exception {
    robot.clickOn("#nav-resume-files");
    waitUntil(() -> desktop.shell().screenProperty().get() == Screen.RESUME_FILES);
    waitUntil(() -> !text("#files-rules").isEmpty());
    assertThat(text("#files-rules")).contains("up to 10 MB").contains("left this hour");
    // Larger than the client's own send buffer (4 MB at most on Linux) can swallow at once.
    Path pdf = pdf(dir.resolve("dana-reyes.pdf"), 7 * 1024 * 1024);
    Path docx = docx(dir.resolve("dana-reyes.docx"));

    // Every chunk the proxy forwards waits a little: the upload takes seconds, so it shows. The
    // open connections are reset so the upload cannot reuse one made before the plan.
    proxy.plan(connection -> FaultyProxy.Fault.delay(Duration.ofMillis(5)));
    proxy.cutAll();
    robot.interact(() -> desktop.uploads().files().addFiles(List.of(pdf, docx)));
    waitUntil(() -> stageOf("dana-reyes.pdf").startsWith("Uploading "));
    waitUntil(
        () ->
            robot.lookup(".files-list .progress-bar").queryAllAs(ProgressBar.class).stream()
                .filter(Node::isVisible)
                .anyMatch(bar -> bar.getProgress() > 0 && bar.getProgress() < 1));
    screenshot("files-uploading");
    proxy.plan(FaultyProxy.Plan.none());

    waitUntil(() -> stageOf("dana-reyes.pdf").equals("Read"));
    waitUntil(() -> stageOf("dana-reyes.docx").equals("Read"));
    waitUntil(() -> text("#read-notice-text").endsWith("read"));
    robot.interact(() -> AccessibleTextAudit.check(desktop.scene().getRoot()));
    screenshot("files-read");

    // The PDF's review: its pages beside its fields; F8 goes to the first unsure one.
    ListView<FileRow> list = robot.lookup("#files-list").queryListView();
    robot.interact(
        () ->
            list.getItems().stream()
                .filter(row -> row.name().equals("dana-reyes.pdf"))
                .findFirst()
                .ifPresent(list.getSelectionModel()::select));
    robot.clickOn("#files-review");
    ReviewViewModel review = desktop.uploads().review();
    waitUntil(() -> review.readyProperty().get());
    assertThat(desktop.shell().screenProperty().get()).isEqualTo(Screen.REVIEW);
    assertThat(robot.lookup("#read-notice").query().isVisible()).isFalse();
    assertThat(review.pages()).hasSize(2);
    assertThat(review.toCheckProperty().get()).isPositive();
    robot.type(KeyCode.F8);
    waitUntil(() -> review.selectedProperty().get() != null);
    ReviewField unsure = review.selectedProperty().get();
    assertThat(unsure.needsCheck()).isTrue();
    String id = "#review-field-" + unsure.path().replaceAll("[^A-Za-z0-9]+", "-");
    waitUntil(() -> robot.lookup(id).query().isFocused());
    robot.interact(() -> AccessibleTextAudit.check(desktop.scene().getRoot()));
    screenshot("files-review");
    robot.interact(
        () -> robot.lookup(id).queryAs(javafx.scene.control.TextInputControl.class).selectAll());
    robot.write("Corrected by Dana", 0);

    robot.clickOn("#review-create");
    waitUntil(() -> desktop.shell().screenProperty().get() == Screen.EDITOR);
    robot.clickOn("#nav-drafts");
    waitUntil(() -> desktop.shell().screenProperty().get() == Screen.DRAFTS);
    ListView<DraftSummary> drafts = robot.lookup("#drafts-list").queryListView();
    waitUntil(
        () ->
            drafts.getItems().stream()
                .anyMatch(d -> d.title().equals("Dana Reyes (dana-reyes.pdf)")));
    DraftSummary made =
        drafts.getItems().stream()
            .filter(d -> d.title().equals("Dana Reyes (dana-reyes.pdf)"))
            .findFirst()
            .orElseThrow();
    LocalDraft draft = desktop.profiles().drafts().find(made.id()).orElseThrow();
    assertThat(ParsedFields.leaves(draft.resume()))
        .contains(
            new ParsedFields.Leaf(
                unsure.path(), unsure.section(), unsure.label(), "Corrected by Dana"));
    assertThat(draft.resume().meta()).isNull();

    String key =
        desktop.files().state().get().files().stream()
            .filter(f -> f.filename().equals("dana-reyes.pdf"))
            .map(ResumeFileItem::key)
            .findFirst()
            .orElseThrow();
    assertThat(desktop.profiles().resumeFiles().corrections(key))
        .containsExactly(
            new KeptCorrection(
                unsure.path(), unsure.parsed(), "Corrected by Dana", unsure.confidence()));
  }

  /** The stage words of a file's line in the list; "" while it has none. */
  private String stageOf(String name) {
    return robot.lookup(".files-list .list-cell").queryAllAs(ListCell.class).stream()
        .map(ListCell::getAccessibleText)
        .filter(text -> text != null && text.startsWith(name + ", "))
        .map(text -> text.substring(text.indexOf(", ", name.length() + 2) + 2))
        .findFirst()
        .orElse("");
  }

  /** A two-page resume and, so its upload takes a while, a stream of incompressible padding. */
  private static Path pdf(Path file, int padding) throws Exception {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument document = new PDDocument()) {
      for (List<String> lines : List.of(PAGE_ONE, PAGE_TWO)) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          float y = 720;
          for (String line : lines) {
            content.beginText();
            content.setFont(font, 11);
            content.newLineAtOffset(72, y);
            content.showText(line);
            content.endText();
            y -= 16;
          }
        }
      }
      byte[] noise = new byte[padding];
      new Random(7).nextBytes(noise);
      PDStream stream = new PDStream(document, new java.io.ByteArrayInputStream(noise));
      document.getPage(0).getCOSObject().setItem(COSName.getPDFName("Padding"), stream);
      document.save(file.toFile());
    }
    return file;
  }

  private static Path docx(Path file) throws Exception {
    try (XWPFDocument document = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      for (String line : PAGE_ONE) {
        document.createParagraph().createRun().setText(line);
      }
      for (String line : PAGE_TWO) {
        document.createParagraph().createRun().setText(line);
      }
      document.write(out);
    }
    return file;
  }

  private String text(String id) {
    return ((Labeled) robot.lookup(id).query()).getText();
  }

  /** With -Dcoach.screenshots=DIR: the window as it is now, light and dark. */
  private void screenshot(String name) throws Exception {
    Screenshots.take(robot, desktop.scene(), name);
  }

  /** Waits for {@code condition}; on timeout says where the files stood. */
  private void waitUntil(Supplier<Boolean> condition) throws Exception {
    try {
      WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, condition::get);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(
          "Timed out; the files: "
              + desktop.files().state().get()
              + "; the screen: "
              + desktop.shell().screenProperty().get()
              + "; the review's problem: "
              + desktop.uploads().review().problemProperty().get(),
          e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }
}
