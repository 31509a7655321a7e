package org.careercoach.desktop.ui.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.session.SessionState;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.store.StoreService;
import org.careercoach.desktop.support.FakeDraftSync;
import org.careercoach.desktop.support.TestClock;
import org.careercoach.formats.schema.JsonResumeSchema;
import org.careercoach.model.json.CoachJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import and export from the drafts screens, on the real store and the real formats: files written
 * and read back (the schema for JSON, PDFBox for PDF, POI for DOCX).
 */
class DraftFilesViewModelTest {

  private static final String BAD =
      """
      {"basics": {"name": "Ana Lima", "email": 42},
       "work": [{"name": "Acme", "startDate": "2019-13"}],
       "skills": "Kotlin"}
      """;

  private static final String GOOD =
      """
      {"basics": {"name": "Ana Lima", "label": "Backend engineer", "email": "ana@example.com",
                  "summary": "Builds payment systems."},
       "work": [{"name": "Acme Payments", "position": "Senior engineer", "startDate": "2019-03",
                 "highlights": ["Cut settlement time from two days to two hours"]}],
       "skills": [{"name": "Kotlin", "keywords": ["Coroutines", "Ktor"]}],
       "x-favourite": "kept"}
      """;

  private final SameThreadExecutor executor = new SameThreadExecutor();
  private final TestClock clock = TestClock.ticking(Instant.parse("2026-12-01T09:00:00Z"));
  private final Answers answers = new Answers();
  private final ObservableState<SessionState> session =
      new ObservableState<>(DraftsViewModelTest.signedIn(null));
  @TempDir Path dataDir;
  @TempDir Path files;
  private StoreService profiles;
  private DraftScreens screens;

  @BeforeEach
  void open() {
    profiles = new StoreService(dataDir, session, executor, clock);
    screens =
        new DraftScreens(
            executor,
            profiles,
            answers,
            clock,
            answers,
            new FakeDraftSync(),
            id -> {},
            new FormatsResumeFiles(),
            answers);
  }

  @AfterEach
  void close() {
    profiles.close();
  }

  private DraftStore store() {
    return profiles.drafts();
  }

  @Test
  void aBadFileListsEachProblemWithItsPathAndImportsNothing() throws Exception {
    Path bad = Files.writeString(files.resolve("bad.json"), BAD);
    answers.answer(bad);

    screens.files().importFile();

    assertThat(screens.files().problemProperty().get())
        .isEqualTo(
            "“bad.json” was not imported: it is not a valid JSON Resume. Nothing was changed.");
    assertThat(screens.files().importProblems())
        .anySatisfy(line -> assertThat(line).startsWith("$.basics.email"))
        .anySatisfy(line -> assertThat(line).startsWith("$.skills"));
    assertThat(store().list(DraftStore.DraftSort.TITLE)).isEmpty();

    Path notJson = Files.writeString(files.resolve("notes.json"), "Ana Lima, engineer");
    answers.answer(notJson);
    screens.files().importFile();
    assertThat(screens.files().importProblems()).singleElement().asString().startsWith("$");
    assertThat(store().list(DraftStore.DraftSort.TITLE)).isEmpty();
  }

  @Test
  void aGoodFileBecomesADraftNamedAfterThePersonWithUnknownFieldsKept() throws Exception {
    Path good = Files.writeString(files.resolve("ana.json"), GOOD);
    answers.answer(Optional.empty()).answer(good);
    screens.files().importFile(); // cancelled
    assertThat(store().list(DraftStore.DraftSort.TITLE)).isEmpty();

    screens.files().importFile();

    assertThat(screens.files().importProblems()).isEmpty();
    assertThat(screens.files().messageProperty().get())
        .isEqualTo("Imported “ana.json” as “Ana Lima (ana.json)”.");
    DraftSummary made = screens.drafts().selectedProperty().get();
    assertThat(made.title()).isEqualTo("Ana Lima (ana.json)");
    var resume = store().find(made.id()).orElseThrow().resume();
    assertThat(resume.work().get(0).highlights())
        .containsExactly("Cut settlement time from two days to two hours");
    assertThat(resume.extensions()).containsKey("x-favourite");
    assertThat(store().history(made.id()))
        .extracting(v -> v.reason())
        .contains(DraftStore.VersionReason.IMPORTED);
  }

  @Test
  void exportsJsonValidAgainstTheSchemaAndPdfAndDocxWithTheResumesText() throws Exception {
    Path good = Files.writeString(files.resolve("ana.json"), GOOD);
    answers.answer(good);
    screens.files().importFile();

    Path json = files.resolve("out.json");
    answers.answer(new ExportChoice(ExportFormat.JSON, null)).answer(json);
    screens.files().exportSelected();
    assertThat(screens.files().messageProperty().get()).isEqualTo("Exported to " + json + ".");
    var tree = CoachJson.mapper().readTree(Files.readString(json));
    assertThat(JsonResumeSchema.get().validate(tree)).isEmpty();
    assertThat(tree.path("basics").path("name").asString()).isEqualTo("Ana Lima");

    Path pdf = files.resolve("out.pdf");
    answers.answer(new ExportChoice(ExportFormat.PDF, "MODERN")).answer(pdf);
    screens.files().exportSelected();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Ana Lima").contains("Acme Payments").contains("Kotlin");
    }

    Path docx = files.resolve("out.docx");
    answers.answer(new ExportChoice(ExportFormat.DOCX, "CLASSIC")).answer(docx);
    screens.files().exportSelected();
    try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
        XWPFWordExtractor words = new XWPFWordExtractor(document)) {
      assertThat(words.getText())
          .contains("Ana Lima")
          .contains("Cut settlement time from two days to two hours");
    }
    assertThat(answers.asked).contains("save Ana Lima ana.json.pdf");
    try (var left = Files.list(files)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("no partial files left behind")
          .noneMatch(name -> name.endsWith(".part"));
    }
  }

  @Test
  void aSentCopyExportsAsItWasSentNotAsTheDraftIsNow() throws Exception {
    Path good = Files.writeString(files.resolve("ana.json"), GOOD);
    answers.answer(good);
    screens.files().importFile();
    UUID id = screens.drafts().selectedProperty().get().id();
    answers.answer(new SentTo("Globex", "Staff engineer", LocalDate.parse("2026-11-20")));
    screens.drafts().recordSent();
    var now = store().find(id).orElseThrow();
    store()
        .save(
            id, now.title(), DraftsViewModelTest.resume("Ana Lima", "Changed after sending", "Go"));

    ApplicationsViewModel log = screens.applications();
    log.reload();
    log.selectedProperty().set(log.applications().get(0));
    Path json = files.resolve("sent.json");
    answers.answer(new ExportChoice(ExportFormat.JSON, null)).answer(json);
    screens.files().exportSelectedApplication();

    assertThat(Files.readString(json)).contains("Backend engineer").doesNotContain("Changed after");
  }

  @Test
  void fileNamesAreMadeSafe() {
    assertThat(DraftFilesViewModel.fileName("CV / Acme: 2026?", ExportFormat.PDF))
        .isEqualTo("CV Acme 2026.pdf");
    assertThat(DraftFilesViewModel.fileName("../..", ExportFormat.JSON)).isEqualTo("resume.json");
  }
}
