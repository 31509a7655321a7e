package org.careercoach.desktop.ui.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.preview.PdfPages;
import org.careercoach.desktop.service.session.Keychain;
import org.careercoach.desktop.service.session.SessionState;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.DraftStore.VersionReason;
import org.careercoach.desktop.service.store.LocalDraft;
import org.careercoach.desktop.service.store.StoreService;
import org.careercoach.desktop.service.store.VersionInfo;
import org.careercoach.desktop.service.uploads.Correction;
import org.careercoach.desktop.service.uploads.ParsedFile;
import org.careercoach.desktop.service.uploads.ResumeFileItem;
import org.careercoach.desktop.service.uploads.ResumeFileItem.Stage;
import org.careercoach.desktop.support.TestClock;
import org.careercoach.desktop.ui.editor.EditorTyping;
import org.careercoach.desktop.ui.editor.EditorViewModel;
import org.careercoach.desktop.ui.editor.PreviewViewModel;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.model.api.ParseProvenance;
import org.careercoach.model.api.ParseProvenance.FieldSource;
import org.careercoach.model.api.ParseProvenance.SourceLine;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Meta;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The review's view model, without a toolkit: real PDFs written with PDFBox and rendered with the
 * app's {@link PdfPages}, and the app's real store (SQLite in a temporary folder) for the drafts it
 * makes and merges into. The resume-files service is the in-memory double.
 */
class ReviewViewModelTest {

  private static final String PARSED =
      """
      {"basics": {"name": "Ana Lima", "label": "Backend engineer", "email": "ana@example.com"},
       "work": [{"name": "Acme Payments", "position": "Senior engineer", "startDate": "2019-03",
                 "highlights": ["Cut settlement time from two days to two hours"]},
                {"name": "Globex", "position": "Engineer", "startDate": "2016-01"}],
       "skills": [{"name": "Kotlin", "keywords": ["Coroutines"]}]}
      """;

  private static final List<String> LINES =
      List.of(
          "Ana Lima",
          "Backend engineer",
          "ana@example.com",
          "Senior engineer, Acme Payments, 2019-03",
          "Cut settlement time from two days to two hours",
          "Engineer, Globex, 2016-01",
          "Kotlin: Coroutines");

  private final SameThreadExecutor executor = new SameThreadExecutor();
  private final MemoryResumeFiles files = new MemoryResumeFiles();
  private final UploadAnswers answers = new UploadAnswers();
  private final List<UUID> opened = new ArrayList<>();
  @TempDir Path dir;
  private StoreService profiles;
  private ReviewViewModel review;

  @BeforeEach
  void open() {
    ObservableState<SessionState> session =
        new ObservableState<>(
            new SessionState(
                SessionState.Phase.SIGNED_OUT,
                ServerAddress.parse("https://coach.example.com"),
                null,
                SessionState.Profile.NONE,
                "",
                new Keychain("", "", true)));
    profiles =
        new StoreService(
            dir.resolve("data"),
            session,
            executor,
            TestClock.ticking(Instant.parse("2026-12-02T09:00:00Z")));
    review =
        new ReviewViewModel(
            executor,
            files,
            profiles,
            answers,
            answers,
            new PdfPages()::render,
            new OpenedDrafts(opened));
  }

  @AfterEach
  void close() {
    profiles.close();
  }

  /** A read PDF of {@link #LINES} (four to a page) and its parsed form with per-field origins. */
  private String readPdf() throws Exception {
    Path pdf = dir.resolve("cv.pdf");
    List<SourceLine> lines = SourceFiles.pdf(pdf, LINES, 4);
    Map<String, FieldSource> fields = new LinkedHashMap<>();
    fields.put("basics.name", source(0.55, lines.get(0)));
    fields.put("basics.label", source(0.92, lines.get(1)));
    fields.put("basics.email", source(0.99, lines.get(2)));
    fields.put("work[0]", source(0.9, lines.get(3)));
    fields.put("work[0].position", source(0.6, lines.get(3)));
    fields.put("work[0].highlights[0]", source(0.95, lines.get(4)));
    fields.put("work[1].name", source(0.4, lines.get(5)));
    ParseProvenance provenance =
        new ParseProvenance("heuristic", SourceFiles.letterPages(2), lines, fields);
    return read(pdf, provenance);
  }

  private String read(Path file, ParseProvenance provenance) throws Exception {
    files.add(List.of(file));
    String key = files.state().get().files().get(0).key();
    files.move(key, Stage.READ, Files.size(file), "");
    Resume resume = CoachJson.mapper().readValue(PARSED, Resume.class);
    // The parser's provenance left in meta as well: a draft must never carry it.
    JsonNode kept = CoachJson.mapper().valueToTree(provenance);
    Resume withProvenance =
        resume.withMeta(new Meta(null, null, null, Map.of(ParseProvenance.META_KEY, kept)));
    ResumeFileItem item = files.find(key).orElseThrow();
    files.parsed.put(key, new ParsedFile(item, withProvenance, provenance));
    return key;
  }

  private static FieldSource source(double confidence, SourceLine line) {
    return new FieldSource(confidence, line.page(), line.number(), line.box());
  }

  private ReviewField field(String path) {
    return review.fields().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
  }

  @Test
  void aPdfShowsItsRenderedPagesAndItsFieldsWithTheUnsureOnesCounted() throws Exception {
    String key = readPdf();

    review.open(key);

    assertThat(answers.shown).containsExactly(Screen.REVIEW);
    assertThat(review.titleProperty().get()).isEqualTo("Review cv.pdf");
    assertThat(review.pages()).hasSize(2);
    // Letter width, 8.5 in, at the renderer's resolution.
    assertThat(review.pages().get(0).width()).isEqualTo(Math.round(8.5f * PdfPages.DPI));
    assertThat(review.pages().get(0).argb()).contains(0xFF000000); // black text on the page
    assertThat(review.fields())
        .extracting(ReviewField::path)
        .startsWith("basics.name", "basics.label", "basics.email", "work[0].name");
    // A field without its own confidence takes its entry's.
    assertThat(field("work[0].name").confidence()).isEqualTo(0.9);
    assertThat(field("skills[0].name").confidence()).isEqualTo(-1);
    assertThat(review.toCheckProperty().get()).isEqualTo(3);
    assertThat(review.toCheckTextProperty().get()).isEqualTo("3 fields to check");
    // Four short lines a page is next to no text, and 2 of 7 fields unsure is many.
    assertThat(review.readabilityProperty().get().lines())
        .satisfiesExactly(
            scan -> assertThat(scan).startsWith("Text machines can read: Only "),
            unsure ->
                assertThat(unsure)
                    .startsWith("Fields a parser is sure of: The parser was unsure of 2 of the 7"));
  }

  @Test
  void nextFieldToCheckVisitsTheUnsureFieldsAndTheSelectedOneShowsWhereItCameFrom()
      throws Exception {
    review.open(readPdf());

    review.nextToCheck();
    assertThat(review.selectedProperty().get().path()).isEqualTo("basics.name");
    ReviewViewModel.Highlight name = review.highlightProperty().get();
    assertThat(name.page()).isEqualTo(1);
    assertThat(name.line()).isEqualTo(1);
    assertThat(name.box().x()).isEqualTo(SourceFiles.LEFT);
    assertThat(review.toCheckTextProperty().get()).isEqualTo("2 fields to check");

    review.nextToCheck();
    assertThat(review.selectedProperty().get().path()).isEqualTo("work[0].position");
    review.nextToCheck();
    assertThat(review.selectedProperty().get().path()).isEqualTo("work[1].name");
    ReviewViewModel.Highlight globex = review.highlightProperty().get();
    assertThat(globex.page()).isEqualTo(2); // the sixth line, on the second page
    assertThat(globex.box().y()).isEqualTo(SourceFiles.TOP + SourceFiles.LEADING);
    assertThat(review.toCheckTextProperty().get()).isEqualTo("Every unsure field checked");

    review.nextToCheck(); // round again
    assertThat(review.selectedProperty().get().path()).isEqualTo("basics.name");
    assertThat(review.pageWidthPoints(1)).isEqualTo(612);
  }

  @Test
  void createDraftAppliesTheCorrectionsKeepsThemAndLeavesNoProvenanceInTheDraft() throws Exception {
    String key = readPdf();
    review.open(key);
    field("work[1].name").textProperty().set("Globex Corporation");
    field("work[0].highlights[0]").textProperty().set("  "); // removed

    review.createDraft();

    assertThat(review.problemProperty().get()).isEmpty();
    assertThat(opened).hasSize(1);
    LocalDraft draft = profiles.drafts().find(opened.get(0)).orElseThrow();
    assertThat(draft.title()).isEqualTo("Ana Lima (cv.pdf)");
    assertThat(draft.resume().work().get(1).name()).isEqualTo("Globex Corporation");
    assertThat(draft.resume().work().get(0).highlights()).isEmpty();
    assertThat(draft.resume().work().get(0).name()).isEqualTo("Acme Payments");
    assertThat(draft.resume().meta()).isNull();
    assertThat(profiles.drafts().history(draft.id()))
        .extracting(VersionInfo::reason)
        .containsExactly(VersionReason.IMPORTED);
    assertThat(files.corrections.get(key))
        .containsExactlyInAnyOrder(
            new Correction("work[1].name", "Globex", "Globex Corporation", 0.4),
            new Correction(
                "work[0].highlights[0]",
                "Cut settlement time from two days to two hours",
                null,
                0.95));
    assertThat(review.messageProperty().get()).isEqualTo("Made the draft “Ana Lima (cv.pdf)”.");
  }

  @Test
  void withoutCorrectionsNoneAreKept() throws Exception {
    String key = readPdf();
    review.open(key);

    review.createDraft();

    assertThat(opened).hasSize(1);
    assertThat(files.calls).doesNotContain("corrections " + key);
  }

  @Test
  void correctionsThatCannotBeKeptDoNotUndoTheDraft() throws Exception {
    String key = readPdf();
    review.open(key);
    field("basics.name").textProperty().set("Ana B. Lima");

    // The next call the service gets is keepCorrections: it fails.
    files.failNext = new IllegalStateException("the profile's file is read-only");
    review.createDraft();

    assertThat(opened).hasSize(1);
    assertThat(profiles.drafts().find(opened.get(0)).orElseThrow().resume().basics().name())
        .isEqualTo("Ana B. Lima");
    assertThat(review.messageProperty().get())
        .isEqualTo(
            "Made the draft “Ana B. Lima (cv.pdf)”. Your corrections were not kept for the parser:"
                + " the profile's file is read-only");
  }

  @Test
  void mergeIntoDraftIsOneEditThatHistoryCanUndo() throws Exception {
    DraftStore store = profiles.drafts();
    Resume mine =
        CoachJson.mapper()
            .readValue(
                """
                {"basics": {"name": "Ana Lima", "phone": "+55 11 5555"},
                 "work": [{"name": "Initech", "position": "Intern"}],
                 "skills": [{"name": "Kotlin", "keywords": ["Coroutines"]}]}
                """,
                Resume.class);
    LocalDraft draft = store.create("Main CV", mine);
    String key = readPdf();
    review.open(key);
    field("work[1].name").textProperty().set("Globex Corporation");
    answers.answer(
        new UploadDialogs.MergePlan(
            store.list(DraftStore.DraftSort.TITLE).get(0),
            Map.of(
                ResumeMerge.Section.BASICS, ResumeMerge.Choice.ADD,
                ResumeMerge.Section.WORK, ResumeMerge.Choice.ADD,
                ResumeMerge.Section.SKILLS, ResumeMerge.Choice.KEEP)));

    review.mergeIntoDraft();

    assertThat(answers.offeredSections)
        .containsExactly(
            ResumeMerge.Section.BASICS, ResumeMerge.Section.WORK, ResumeMerge.Section.SKILLS);
    LocalDraft merged = store.find(draft.id()).orElseThrow();
    assertThat(merged.title()).isEqualTo("Main CV");
    assertThat(merged.resume().basics().phone()).isEqualTo("+55 11 5555");
    assertThat(merged.resume().basics().email()).isEqualTo("ana@example.com");
    assertThat(merged.resume().work())
        .extracting(w -> w.name())
        .containsExactly("Initech", "Acme Payments", "Globex Corporation");
    assertThat(merged.resume().skills()).hasSize(1);
    assertThat(merged.revision()).isEqualTo(draft.revision() + 1);
    List<VersionInfo> history = store.history(draft.id());
    assertThat(history)
        .extracting(VersionInfo::reason)
        .containsExactly(VersionReason.MERGED_FROM_FILE, VersionReason.BEFORE_MERGE);
    assertThat(store.version(history.get(1).id())).isEqualTo(mine);
    assertThat(opened).containsExactly(draft.id());
    assertThat(files.corrections.get(key)).hasSize(1);
  }

  /**
   * The draft is open in the editor (it stays open behind the review) with a name typed a moment
   * ago and not yet saved: the merge reads the typing, the draft keeps both, the editor shows the
   * merge, and no later autosave writes over either or makes a copy.
   */
  @Test
  void mergeIntoADraftOpenWithUnsavedTypingKeepsTheTyping() throws Exception {
    DraftStore store = profiles.drafts();
    Resume mine =
        CoachJson.mapper()
            .readValue(
                """
                {"basics": {"name": "Ana Lima", "phone": "+55 11 5555"},
                 "work": [{"name": "Initech", "position": "Intern"}]}
                """,
                Resume.class);
    LocalDraft draft = store.create("Main CV", mine);
    EditorViewModel editor =
        new EditorViewModel(
            executor,
            profiles::drafts,
            answers,
            TestClock.ticking(Instant.parse("2026-12-02T09:00:00Z")),
            new PreviewViewModel(executor, (resume, theme) -> List.of()));
    editor.open(draft.id());
    EditorTyping.typeName(editor, "Ana Lima Souza");
    assertThat(executor.scheduled()).as("the autosave waits for a pause").isNotEmpty();
    assertThat(store.find(draft.id()).orElseThrow().resume().basics().name()).isEqualTo("Ana Lima");
    review =
        new ReviewViewModel(
            executor,
            files,
            profiles,
            answers,
            answers,
            new PdfPages()::render,
            new DraftEditor() {
              @Override
              public void open(UUID id) {
                opened.add(id);
                editor.open(id);
              }

              @Override
              public void saveTypingThen(UUID id, Runnable then) {
                editor.saveTypingThen(id, then);
              }
            });
    review.open(readPdf());
    answers.answer(
        new UploadDialogs.MergePlan(
            store.list(DraftStore.DraftSort.TITLE).get(0),
            Map.of(
                ResumeMerge.Section.BASICS, ResumeMerge.Choice.KEEP,
                ResumeMerge.Section.WORK, ResumeMerge.Choice.ADD,
                ResumeMerge.Section.SKILLS, ResumeMerge.Choice.KEEP)));

    review.mergeIntoDraft();

    Resume merged = store.find(draft.id()).orElseThrow().resume();
    assertThat(merged.basics().name()).as("the typing").isEqualTo("Ana Lima Souza");
    assertThat(merged.work())
        .extracting(w -> w.name())
        .containsExactly("Initech", "Acme Payments", "Globex");
    Resume shown = EditorTyping.shown(editor);
    assertThat(shown.basics().name()).isEqualTo("Ana Lima Souza");
    assertThat(shown.work())
        .as("the editor shows the merge")
        .extracting(w -> w.name())
        .containsExactly("Initech", "Acme Payments", "Globex");
    assertThat(opened).containsExactly(draft.id());
    // Whatever the autosave still had waiting finds nothing to write over.
    for (int i = 0; i < 20 && !executor.scheduled().isEmpty(); i++) {
      executor.runNextScheduled();
    }
    assertThat(store.find(draft.id()).orElseThrow().resume()).isEqualTo(merged);
    assertThat(store.list(DraftStore.DraftSort.TITLE))
        .as("no copy of either text")
        .extracting(d -> d.title())
        .containsExactly("Main CV");
  }

  @Test
  void aCancelledMergeChangesNothing() throws Exception {
    LocalDraft draft =
        profiles.drafts().create("Main CV", CoachJson.mapper().readValue("{}", Resume.class));
    review.open(readPdf());

    review.mergeIntoDraft();

    assertThat(answers.asked).containsExactly("merge");
    assertThat(profiles.drafts().find(draft.id()).orElseThrow().revision())
        .isEqualTo(draft.revision());
    assertThat(opened).isEmpty();
  }

  @Test
  void withoutDraftsMergeSaysToCreateOne() throws Exception {
    review.open(readPdf());

    review.mergeIntoDraft();

    assertThat(answers.asked).isEmpty();
    assertThat(review.problemProperty().get())
        .isEqualTo("There is no draft to merge into yet: create a draft from this file.");
  }

  @Test
  void aTextFileShowsItsLinesAndTheSelectedFieldsLine() throws Exception {
    Path txt = dir.resolve("cv.txt");
    Files.write(txt, LINES);
    List<SourceLine> lines = new ArrayList<>();
    for (int i = 0; i < LINES.size(); i++) {
      lines.add(new SourceLine(i + 1, 1, LINES.get(i), null));
    }
    ParseProvenance provenance =
        new ParseProvenance(
            "heuristic",
            List.of(),
            lines,
            Map.of("work[0].position", new FieldSource(0.5, 1, 4, null)));
    String key = read(txt, provenance);

    review.open(key);
    review.nextToCheck();

    assertThat(review.pages()).isEmpty();
    assertThat(review.lines()).extracting(SourceLine::text).containsExactlyElementsOf(LINES);
    assertThat(review.highlightProperty().get())
        .isEqualTo(new ReviewViewModel.Highlight(1, null, 4));
    assertThat(review.readabilityProperty().get()).isEmpty();
  }

  @Test
  void aPdfThatCannotBeRenderedStillReviewsAgainstItsLines() throws Exception {
    String key = readPdf();
    Files.writeString(files.originals.get(key), "%PDF-1.7 this is no PDF");

    review.open(key);

    assertThat(review.readyProperty().get()).isTrue();
    assertThat(review.pages()).isEmpty();
    assertThat(review.lines()).hasSize(LINES.size());
    assertThat(review.problemProperty().get())
        .startsWith("The pages of cv.pdf could not be shown (")
        .endsWith("); its lines as read are shown instead.");
  }

  @Test
  void aFileNotReadYetSaysSo() throws Exception {
    Path txt = dir.resolve("cv.txt");
    Files.writeString(txt, "Ana");
    files.add(List.of(txt));

    review.open(files.state().get().files().get(0).key());

    assertThat(review.readyProperty().get()).isFalse();
    assertThat(review.problemProperty().get())
        .isEqualTo("Could not open the file for review: That file is not read yet.");
    review.createDraft();
    assertThat(opened).isEmpty();
  }

  @Test
  void titlesAreNamedAfterThePersonAndTheFileAndKeptShort() {
    Resume none = CoachJson.mapper().readValue("{}", Resume.class);
    assertThat(ReviewViewModel.titleFor("cv.pdf", none)).isEqualTo("cv.pdf");
    String long_ = "x".repeat(200) + ".pdf";
    assertThat(ReviewViewModel.titleFor(long_, none)).hasSize(120).endsWith("…");
    assertThat(ReviewViewModel.entryOf("work[0].highlights[2]")).isEqualTo("work[0]");
    assertThat(ReviewViewModel.entryOf("basics.name")).isEqualTo("basics.name");
  }
}
