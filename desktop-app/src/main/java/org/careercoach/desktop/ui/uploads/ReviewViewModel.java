package org.careercoach.desktop.ui.uploads;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.preview.PageImage;
import org.careercoach.desktop.service.preview.PdfPages;
import org.careercoach.desktop.service.review.FileReadability;
import org.careercoach.desktop.service.review.Finding;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.DraftStore.VersionReason;
import org.careercoach.desktop.service.store.LocalDraft;
import org.careercoach.desktop.service.store.Profiles;
import org.careercoach.desktop.service.store.StoreException;
import org.careercoach.desktop.service.uploads.Correction;
import org.careercoach.desktop.service.uploads.ParsedFile;
import org.careercoach.desktop.service.uploads.ResumeFiles;
import org.careercoach.desktop.service.uploads.ResumeFilesException;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.model.api.ParseProvenance;
import org.careercoach.model.api.ParseProvenance.Box;
import org.careercoach.model.api.ParseProvenance.FieldSource;
import org.careercoach.model.api.ParseProvenance.SourceLine;
import org.careercoach.model.api.ParseProvenance.SourcePage;
import org.careercoach.model.resume.Resume;

/**
 * The review of one read file: the original (a PDF's pages, or the lines as read), the parsed
 * fields with the parser's confidence, the ones under {@link ReviewField#CHECK_BELOW} pointed out,
 * and where the selected field came from. It ends in a new draft or a merge into one, with the
 * person's corrections applied and kept for judging the parser later.
 */
public final class ReviewViewModel {

  private static final System.Logger log = System.getLogger(ReviewViewModel.class.getName());
  private static final String PDF = "application/pdf";

  private final TaskExecutor executor;
  private final ResumeFiles files;
  private final Profiles profiles;
  private final UploadDialogs dialogs;
  private final Navigator navigator;
  private final PageRenderer renderer;
  private final DraftEditor editor;

  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Review");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper readability = new ReadOnlyStringWrapper("");
  private final ObservableList<PageImage> pages = FXCollections.observableArrayList();
  // One read-only view, kept: a view made per call stops telling its listeners once collected.
  private final ObservableList<PageImage> pagesView =
      FXCollections.unmodifiableObservableList(pages);
  private final ObservableList<SourceLine> lines = FXCollections.observableArrayList();
  private final ObservableList<SourceLine> linesView =
      FXCollections.unmodifiableObservableList(lines);
  private final ObservableList<ReviewField> fields = FXCollections.observableArrayList();
  private final ObservableList<ReviewField> fieldsView =
      FXCollections.unmodifiableObservableList(fields);
  private final ReadOnlyIntegerWrapper toCheck = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyStringWrapper toCheckText = new ReadOnlyStringWrapper("");
  private final ObjectProperty<ReviewField> selected = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<Highlight> highlight = new ReadOnlyObjectWrapper<>();
  private final Set<ReviewField> seen = new LinkedHashSet<>();

  private String key;
  private ParsedFile parsed;
  private long opening;

  /** Renders a PDF's pages (PDFBox in the app). Slow: called off the UI thread. */
  @FunctionalInterface
  interface PageRenderer {
    List<PageImage> render(Path pdf) throws Exception;
  }

  /**
   * Where the selected field came from, for the original's side.
   *
   * @param page its page, from 1 (0 when not located)
   * @param box the text on that page in PDF points from the top-left; null when not known
   * @param line the line, a {@link SourceLine#number()}; 0 when not known
   */
  public record Highlight(int page, Box box, int line) {}

  /**
   * @param editor opens a draft once made or merged into; saves its typing before a merge
   */
  ReviewViewModel(
      TaskExecutor executor,
      ResumeFiles files,
      Profiles profiles,
      UploadDialogs dialogs,
      Navigator navigator,
      PageRenderer renderer,
      DraftEditor editor) {
    this.executor = executor;
    this.files = files;
    this.profiles = profiles;
    this.dialogs = dialogs;
    this.navigator = navigator;
    this.renderer = renderer;
    this.editor = editor;
    selected.addListener(
        (obs, was, now) -> {
          if (now != null) {
            seen.add(now);
          }
          highlight.set(now == null ? null : highlightOf(now));
          count();
        });
  }

  /** Loads a read file for review and shows the review screen. */
  public void open(String fileKey) {
    long mine = ++opening;
    key = fileKey;
    parsed = null;
    pages.clear();
    lines.clear();
    fields.clear();
    seen.clear();
    selected.set(null);
    problem.set("");
    message.set("");
    ready.set(false);
    loading.set(true);
    title.set("Review");
    navigator.show(Screen.REVIEW);
    executor.submit(
        () -> load(fileKey),
        loaded -> {
          if (mine != opening) {
            return; // another file was opened meanwhile
          }
          loading.set(false);
          show(loaded);
        },
        failure -> {
          if (mine != opening) {
            return;
          }
          loading.set(false);
          failed("Could not open the file for review", failure);
        });
  }

  private record Loaded(ParsedFile file, List<PageImage> pages, String renderProblem) {}

  private Loaded load(String fileKey) {
    ParsedFile file = files.parsed(fileKey);
    if (!isPdf(file)) {
      return new Loaded(file, List.of(), "");
    }
    try {
      return new Loaded(file, renderer.render(files.original(fileKey)), "");
    } catch (Exception e) {
      // The fields can still be reviewed against the lines as read: say why the pages are missing.
      log.log(Level.WARNING, "Could not render " + file.file().filename(), e);
      return new Loaded(
          file,
          List.of(),
          "The pages of "
              + file.file().filename()
              + " could not be shown ("
              + e.getMessage()
              + "); its lines as read are shown instead.");
    }
  }

  private static boolean isPdf(ParsedFile file) {
    return PDF.equalsIgnoreCase(file.file().contentType()) || !file.provenance().pages().isEmpty();
  }

  private void show(Loaded loaded) {
    parsed = loaded.file();
    title.set("Review " + parsed.file().filename());
    problem.set(loaded.renderProblem());
    pages.setAll(loaded.pages());
    lines.setAll(parsed.provenance().lines());
    readability.set(readability(FileReadability.check(parsed.provenance())));
    Map<String, FieldSource> sources = parsed.provenance().fields();
    List<ReviewField> made = new ArrayList<>();
    for (ParsedFields.Leaf leaf : ParsedFields.leaves(resume())) {
      FieldSource source = sources.get(leaf.path());
      if (source == null) {
        source = sources.get(entryOf(leaf.path()));
      }
      made.add(new ReviewField(leaf, source == null ? -1 : source.confidence(), source));
    }
    made.forEach(field -> field.textProperty().addListener((obs, was, now) -> count()));
    fields.setAll(made);
    ready.set(true);
    count();
  }

  /** The file's readability points as one notice: each problem with its fix; empty for none. */
  private static String readability(List<Finding> points) {
    StringBuilder text = new StringBuilder();
    for (Finding point : points) {
      if (!text.isEmpty()) {
        text.append("\n");
      }
      text.append(point.kind().title()).append(": ").append(point.problem()).append(' ');
      text.append(point.fix());
    }
    return text.toString();
  }

  /** {@code work[0].highlights[2]} → {@code work[0]}: the entry whose confidence a field shares. */
  static String entryOf(String path) {
    int bracket = path.indexOf(']');
    return bracket < 0 ? path : path.substring(0, bracket + 1);
  }

  private Resume resume() {
    return ParseProvenance.withoutProvenance(parsed.resume());
  }

  private Highlight highlightOf(ReviewField field) {
    FieldSource source = field.source();
    if (source == null || (source.page() == null && source.line() == null)) {
      return null;
    }
    int line = source.line() == null ? 0 : source.line();
    Box box = source.box();
    Integer page = source.page();
    if ((box == null || page == null) && line > 0) {
      for (SourceLine each : lines) {
        if (each.number() == line) {
          box = box == null ? each.box() : box;
          page = page == null ? each.page() : page;
        }
      }
    }
    return new Highlight(page == null ? 0 : page, box, line);
  }

  /** The width of a page in PDF points, to scale a box to the page as shown. */
  double pageWidthPoints(int page) {
    for (SourcePage each : parsed == null ? List.<SourcePage>of() : parsed.provenance().pages()) {
      if (each.number() == page) {
        return each.width();
      }
    }
    PageImage image = page >= 1 && page <= pages.size() ? pages.get(page - 1) : null;
    return image == null ? 612 : image.width() * 72.0 / PdfPages.DPI;
  }

  private void count() {
    int left = 0;
    for (ReviewField field : fields) {
      if (field.needsCheck() && !field.corrected() && !seen.contains(field)) {
        left++;
      }
    }
    toCheck.set(left);
    long flagged = fields.stream().filter(ReviewField::needsCheck).count();
    toCheckText.set(
        left == 0
            ? (flagged == 0 ? "The reader was sure of every field" : "Every unsure field checked")
            : left == 1 ? "1 field to check" : left + " fields to check");
  }

  /**
   * Selects the next unsure field after the selected one that the person has not looked at yet
   * (wrapping round); when all were looked at, the next unsure one.
   */
  public void nextToCheck() {
    Optional<ReviewField> next = after(field -> field.needsCheck() && !seen.contains(field));
    if (next.isEmpty()) {
      next = after(ReviewField::needsCheck);
    }
    next.ifPresent(selected::set);
  }

  private Optional<ReviewField> after(java.util.function.Predicate<ReviewField> wanted) {
    int start = fields.indexOf(selected.get());
    for (int step = 1; step <= fields.size(); step++) {
      ReviewField field = fields.get(Math.floorMod(start + step, fields.size()));
      if (wanted.test(field)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  /** The resume with the person's corrections applied. */
  Resume corrected() {
    Map<String, String> values = new LinkedHashMap<>();
    for (ReviewField field : fields) {
      if (field.corrected()) {
        values.put(field.path(), field.textProperty().get());
      }
    }
    return ParsedFields.apply(resume(), values);
  }

  /** What the person changed, for judging the parser later. */
  List<Correction> corrections() {
    List<Correction> out = new ArrayList<>();
    for (ReviewField field : fields) {
      if (field.corrected()) {
        String text = field.textProperty().get() == null ? "" : field.textProperty().get().strip();
        out.add(
            new Correction(
                field.path(), field.parsed(), text.isEmpty() ? null : text, field.confidence()));
      }
    }
    return out;
  }

  /** A new draft from the corrected resume, opened in the editor. */
  public void createDraft() {
    if (parsed == null || busy.get()) {
      return;
    }
    Resume resume = corrected();
    String name = parsed.file().filename();
    String draftTitle = titleFor(name, resume);
    List<Correction> corrections = corrections();
    String fileKey = key;
    start();
    executor.submit(
        () -> {
          DraftStore drafts = profiles.drafts();
          LocalDraft made = drafts.create(draftTitle, resume);
          drafts.keepVersion(made.id(), VersionReason.IMPORTED);
          return new Outcome(made, keep(fileKey, corrections));
        },
        outcome -> {
          busy.set(false);
          finished("Made the draft “" + outcome.draft().title() + "”", outcome);
        },
        failure -> {
          busy.set(false);
          failed("The draft was not made", failure);
        });
  }

  /** Asks for a draft and, per section, what to do; merges as one edit and opens the draft. */
  public void mergeIntoDraft() {
    if (parsed == null || busy.get()) {
      return;
    }
    Resume resume = corrected();
    List<Correction> corrections = corrections();
    String fileKey = key;
    start();
    executor.submit(
        () -> profiles.drafts().list(DraftStore.DraftSort.LAST_CHANGED),
        drafts -> {
          busy.set(false);
          if (drafts.isEmpty()) {
            problem.set("There is no draft to merge into yet: create a draft from this file.");
            return;
          }
          Optional<UploadDialogs.MergePlan> plan =
              dialogs.askMerge(drafts, ResumeMerge.offered(resume));
          if (plan.isEmpty()) {
            return;
          }
          merge(plan.get(), resume, corrections, fileKey);
        },
        failure -> {
          busy.set(false);
          failed("Could not list the drafts", failure);
        });
  }

  private void merge(
      UploadDialogs.MergePlan plan, Resume resume, List<Correction> corrections, String fileKey) {
    UUID id = plan.draft().id();
    start();
    // The draft may be open in the editor with typing not yet saved: it is saved first, so the
    // merge reads it (and the editor's next save does not write over the merge).
    editor.saveTypingThen(id, () -> mergeSaved(id, plan, resume, corrections, fileKey));
  }

  private void mergeSaved(
      UUID id,
      UploadDialogs.MergePlan plan,
      Resume resume,
      List<Correction> corrections,
      String fileKey) {
    executor.submit(
        () -> {
          DraftStore drafts = profiles.drafts();
          LocalDraft draft =
              drafts
                  .find(id)
                  .filter(found -> !found.trashed())
                  .orElseThrow(
                      () ->
                          new StoreException(
                              StoreException.Kind.NOT_FOUND,
                              "“" + plan.draft().title() + "” is gone. Nothing was merged."));
          Resume merged = ResumeMerge.merge(draft.resume(), resume, plan.choices());
          // One edit, with the text before it kept: History shows the merge and restores the
          // draft as it was, the way every other change is undone there.
          drafts.keepVersion(id, VersionReason.BEFORE_MERGE);
          LocalDraft saved = drafts.save(id, draft.title(), merged);
          drafts.keepVersion(id, VersionReason.MERGED_FROM_FILE);
          return new Outcome(saved, keep(fileKey, corrections));
        },
        outcome -> {
          busy.set(false);
          finished("Merged into “" + outcome.draft().title() + "”", outcome);
        },
        failure -> {
          busy.set(false);
          failed("Nothing was merged", failure);
        });
  }

  private record Outcome(LocalDraft draft, String correctionsProblem) {}

  /** Keeps the corrections; a failure here must not undo the draft, so it comes back in words. */
  private String keep(String fileKey, List<Correction> corrections) {
    if (corrections.isEmpty()) {
      return "";
    }
    try {
      files.keepCorrections(fileKey, corrections);
      return "";
    } catch (RuntimeException e) {
      log.log(Level.WARNING, "Corrections not kept", e);
      return " Your corrections were not kept for the parser: " + e.getMessage();
    }
  }

  private void finished(String done, Outcome outcome) {
    message.set(done + "." + outcome.correctionsProblem());
    editor.open(outcome.draft().id());
  }

  private void start() {
    busy.set(true);
    problem.set("");
    message.set("");
  }

  /** "Ana Lima (cv.pdf)"; without a name, the file's; at most 120 characters. */
  static String titleFor(String fileName, Resume resume) {
    String person =
        resume.basics() == null || resume.basics().name() == null
            ? ""
            : resume.basics().name().strip();
    String title = person.isEmpty() ? fileName : person + " (" + fileName + ")";
    return title.codePointCount(0, title.length()) <= 120
        ? title
        : title.substring(0, title.offsetByCodePoints(0, 119)) + "…";
  }

  public void back() {
    navigator.show(Screen.RESUME_FILES);
  }

  private void failed(String what, Throwable failure) {
    if (failure instanceof ResumeFilesException || failure instanceof StoreException) {
      problem.set(what + ": " + failure.getMessage());
    } else {
      log.log(Level.ERROR, what, failure);
      problem.set(what + ": " + failure + ".");
    }
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** A file is loaded and its fields show. */
  public ReadOnlyBooleanProperty readyProperty() {
    return ready.getReadOnlyProperty();
  }

  /** Making or merging a draft. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** How well machines can read this file, in words; empty when nothing stands in their way. */
  public ReadOnlyStringProperty readabilityProperty() {
    return readability.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** A PDF's pages; empty for DOCX and text (then {@link #lines()} show). */
  public ObservableList<PageImage> pages() {
    return pagesView;
  }

  public ObservableList<SourceLine> lines() {
    return linesView;
  }

  ObservableList<ReviewField> fields() {
    return fieldsView;
  }

  public ReadOnlyIntegerProperty toCheckProperty() {
    return toCheck.getReadOnlyProperty();
  }

  /** "4 fields to check". */
  public ReadOnlyStringProperty toCheckTextProperty() {
    return toCheckText.getReadOnlyProperty();
  }

  ObjectProperty<ReviewField> selectedProperty() {
    return selected;
  }

  public ReadOnlyObjectProperty<Highlight> highlightProperty() {
    return highlight.getReadOnlyProperty();
  }
}
