package org.careercoach.desktop.ui.editor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careercoach.desktop.service.Lazily;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.coaching.CoachingAccess;
import org.careercoach.desktop.service.coaching.Proposal;
import org.careercoach.desktop.service.interview.InterviewPlanner;
import org.careercoach.desktop.service.interview.QuestionBank;
import org.careercoach.desktop.service.jobmatch.EmbeddingSimilarity;
import org.careercoach.desktop.service.jobmatch.JobMatcher;
import org.careercoach.desktop.service.jobmatch.JobPosting;
import org.careercoach.desktop.service.jobmatch.SkillVocabulary;
import org.careercoach.desktop.service.jobmatch.Tailor;
import org.careercoach.desktop.service.review.ResumeReview;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.LocalDraft;
import org.careercoach.desktop.service.store.StoreException;
import org.careercoach.desktop.service.sync.DraftSync;
import org.careercoach.desktop.service.sync.SyncStatus;
import org.careercoach.desktop.ui.coach.InterviewViewModel;
import org.careercoach.desktop.ui.coach.JobMatchViewModel;
import org.careercoach.desktop.ui.coach.RewriteViewModel;
import org.careercoach.desktop.ui.coach.SentFor;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.model.resume.Resume;

/**
 * The editor of one draft: its form, the undo history over the whole draft, the autosave and the
 * preview. The drafts list calls {@link #open(UUID)} and shows the editor; {@link #close()} keeps a
 * version and goes back.
 */
public final class EditorViewModel implements FormListener {

  /** The line of a list field a path names: {@code work[0].highlights[2]} → 2. */
  private static final Pattern LINE_INDEX = Pattern.compile("\\.\\w+\\[(\\d+)]$");

  private final TaskExecutor executor;
  private final Supplier<DraftStore> drafts;
  private final Navigator navigator;
  private final Clock clock;
  private final PreviewViewModel preview;
  private final ScorecardViewModel scorecard;
  private final JobMatchViewModel jobMatch;
  private final InterviewViewModel interview;
  private final RewriteViewModel rewrite;
  private CoachingAccess coaching = CoachingAccess.NONE;
  private final UndoHistory history;
  private final ReadOnlyObjectWrapper<ResumeForm> form = new ReadOnlyObjectWrapper<>(this, "form");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyObjectWrapper<SaveState.Kind> saveKind =
      new ReadOnlyObjectWrapper<>(this, "saveKind", SaveState.Kind.SAVED);
  private final ReadOnlyBooleanWrapper datesUnsaved =
      new ReadOnlyBooleanWrapper(this, "datesUnsaved");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyObjectWrapper<FieldModel> touched =
      new ReadOnlyObjectWrapper<>(this, "touched");
  private final ReadOnlyStringWrapper remoteNotice =
      new ReadOnlyStringWrapper(this, "remoteNotice", "");
  private final RemoteChanges remote = new RemoteChanges();
  private UUID draftId;
  private Autosaver autosaver;
  private long remoteChangesSeen = -1;
  private int conflictsSeen;
  private DraftSync sync;

  public EditorViewModel(
      TaskExecutor executor,
      Supplier<DraftStore> drafts,
      Navigator navigator,
      Clock clock,
      PreviewViewModel preview) {
    this.executor = executor;
    this.drafts = drafts;
    this.navigator = navigator;
    this.clock = clock;
    this.preview = preview;
    this.history = new UndoHistory(clock);
    this.scorecard =
        new ScorecardViewModel(new ResumeReview(clock), this::goTo, this::orderSections);
    // The skill list, the question bank and the embedding model load on first use, never here:
    // the editor is made at the app's start.
    Supplier<JobMatcher> matcher =
        Lazily.of(() -> new JobMatcher(SkillVocabulary.shipped(), new EmbeddingSimilarity()));
    this.jobMatch = new JobMatchViewModel(executor, matcher, this::current, clock);
    this.interview =
        new InterviewViewModel(
            Lazily.of(
                () -> new InterviewPlanner(QuestionBank.shipped(), SkillVocabulary.shipped())),
            this::current,
            () -> jobMatch.jobProperty().get(),
            executor,
            () -> coaching.now());
    this.rewrite =
        new RewriteViewModel(
            executor, () -> coaching.now(), this::current, jobMatch.jobProperty(), this::apply);
  }

  /** Loads the draft into the form; a draft already open is saved and closed first. */
  public void open(UUID id) {
    if (id.equals(draftId) && form.get() != null) {
      // Already open: typing not yet saved is newer than what is stored; a clean editor shows
      // what another part of this app stored meanwhile (a merge from a resume file).
      showStoredIfClean(id);
      return;
    }
    if (autosaver != null) {
      UUID previous = draftId;
      Autosaver previousSaver = autosaver;
      autosaver = null;
      previousSaver.flush(
          () -> {
            previousSaver.stop();
            keepClosedVersion(previous, () -> {});
          });
    }
    busy.set(true);
    problem.set("");
    executor.submit(
        () -> drafts.get().find(id).orElseThrow(() -> notFound()),
        this::show,
        error -> {
          busy.set(false);
          problem.set("This draft could not be opened: " + Autosaver.reason(error));
        });
  }

  /**
   * Saves what is typed into draft {@code id} if it is the one open here, then runs {@code then} on
   * the UI thread: at once when another draft is open or nothing is unsaved; after the retry that
   * works when a save fails. Whatever else in this app rewrites the stored draft (a merge from a
   * resume file) calls this first, so it reads the typing and the next autosave does not write over
   * it.
   */
  public void saveTypingThen(UUID id, Runnable then) {
    if (autosaver == null || !id.equals(draftId)) {
      then.run();
      return;
    }
    autosaver.flush(then);
  }

  /** Shows the stored draft if it changed under a clean editor; typing not yet saved stays. */
  private void showStoredIfClean(UUID id) {
    if (autosaver == null || autosaver.dirty()) {
      return; // its save keeps the stored text as a draft of its own first (RemoteChanges)
    }
    executor.submit(
        () -> drafts.get().find(id),
        stored -> {
          if (!id.equals(draftId) || autosaver == null || autosaver.dirty()) {
            return;
          }
          stored
              .filter(remote::changedUnderneath)
              .ifPresent(
                  draft -> {
                    if (remote.textDiffers(draft)) {
                      autosaver.stop();
                      show(draft);
                    } else {
                      remote.loaded(draft);
                      title.set(draft.title());
                    }
                  });
        },
        error ->
            System.getLogger(EditorViewModel.class.getName())
                .log(System.Logger.Level.WARNING, "The open draft could not be read again", error));
  }

  /**
   * Follows the sync engine: when changes from another device arrive and the open draft has nothing
   * unsaved, it reloads with what the store now holds. With typing not yet saved it leaves the form
   * alone: the next save keeps the other text as a draft of its own first.
   */
  public void followRemoteChanges(DraftSync sync) {
    this.sync = sync;
    SyncStatus first = sync.status().get();
    remoteChangesSeen = first.remoteChanges();
    conflictsSeen = first.conflicts();
    sync.status()
        .subscribe(
            now ->
                executor.deliver(
                    () -> {
                      boolean news =
                          now.remoteChanges() != remoteChangesSeen
                              || now.conflicts() != conflictsSeen;
                      remoteChangesSeen = now.remoteChanges();
                      conflictsSeen = now.conflicts();
                      if (news) {
                        refreshIfClean();
                      }
                    }));
  }

  private record Stored(Optional<LocalDraft> draft, Optional<String> copyTitle) {}

  private void refreshIfClean() {
    UUID id = draftId;
    if (id == null || autosaver == null || autosaver.dirty()) {
      return;
    }
    DraftSync from = sync;
    executor.submit(
        () -> {
          DraftStore store = drafts.get();
          // This computer's text may have just become a conflicted copy: say where it is.
          Optional<String> copy =
              from.conflicts().stream()
                  .filter(c -> c.draft().equals(id))
                  .findFirst()
                  .flatMap(c -> store.find(c.copy()))
                  .map(LocalDraft::title);
          return new Stored(store.find(id), copy);
        },
        stored -> {
          if (!id.equals(draftId) || autosaver == null || autosaver.dirty()) {
            return;
          }
          if (stored.draft().isEmpty()) {
            remoteNotice.set(
                "This draft was deleted on another computer. What you see is not stored any"
                    + " more; anything you type here can't be saved.");
          } else if (remote.changedUnderneath(stored.draft().get())) {
            reloadWith(stored.draft().get(), stored.copyTitle());
          }
        },
        error ->
            System.getLogger(EditorViewModel.class.getName())
                .log(
                    System.Logger.Level.WARNING,
                    "The open draft could not be read after another device's change",
                    error));
  }

  private void reloadWith(LocalDraft stored, Optional<String> copyTitle) {
    boolean textChanged = remote.textDiffers(stored);
    if (textChanged) {
      autosaver.stop();
      show(stored);
    } else {
      remote.loaded(stored);
      title.set(stored.title());
    }
    remoteNotice.set(
        copyTitle.isPresent() && textChanged
            ? "Also changed on another computer: this is that version now. Your text from here"
                + " is in “"
                + copyTitle.get()
                + "”, at the top of your drafts."
            : stored.trashed()
                ? "This draft was moved to the Trash on another computer; it stays open here."
                : textChanged
                    ? "Updated with changes made on another computer."
                    : "Renamed on another computer.");
  }

  /** What another device did to the open draft, in words; empty when nothing. */
  public ReadOnlyStringProperty remoteNoticeProperty() {
    return remoteNotice.getReadOnlyProperty();
  }

  public void dismissRemoteNotice() {
    remoteNotice.set("");
  }

  /** The draft open now; null before {@link #open}. */
  public UUID draftId() {
    return draftId;
  }

  /** Saves what is unsaved, keeps a version and goes back to where the editor was opened from. */
  public void close() {
    if (autosaver == null) {
      navigator.back();
      return;
    }
    UUID closing = draftId;
    Autosaver closingSaver = autosaver;
    busy.set(true);
    closingSaver.flush(
        () -> {
          closingSaver.stop();
          keepClosedVersion(
              closing,
              () -> {
                busy.set(false);
                if (autosaver == closingSaver) {
                  autosaver = null;
                  draftId = null;
                  form.set(null);
                  history.clear();
                }
                navigator.back();
              });
        });
  }

  public void undo() {
    focus(history.undo());
    edited();
  }

  public void redo() {
    focus(history.redo());
    edited();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return history.canUndoProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return history.canRedoProperty();
  }

  /** The draft's name. */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** "Saved", "Saving…" or why not. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<SaveState.Kind> saveKindProperty() {
    return saveKind.getReadOnlyProperty();
  }

  /** Why the draft could not be opened; empty when it was. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** Opening or closing. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public PreviewViewModel preview() {
    return preview;
  }

  ReadOnlyObjectProperty<ResumeForm> formProperty() {
    return form.getReadOnlyProperty();
  }

  public ScorecardViewModel scorecard() {
    return scorecard;
  }

  /**
   * A copy of the open draft put in order for the matched job ({@link Tailor}), saved as a new
   * draft and opened here; the draft itself is untouched.
   */
  public void tailorForJob() {
    JobPosting job = jobMatch.jobProperty().get();
    Resume now = current();
    if (job == null || now == null) {
      return;
    }
    String name = title.get() + " — for " + (job.title().isBlank() ? "a job" : job.title());
    busy.set(true);
    executor.submit(
        () -> drafts.get().create(name, new Tailor(SkillVocabulary.shipped()).tailor(now, job)),
        made -> {
          busy.set(false);
          open(made.id());
        },
        error -> {
          busy.set(false);
          problem.set("The tailored copy could not be made: " + Autosaver.reason(error));
        });
  }

  /**
   * Keeps a copy of the open draft as sent for a matched job, the job ad with it, in the
   * application log. What is typed and not yet saved is saved first, so the copy is what is on
   * screen.
   */
  public void recordSentForJob(JobPosting job, SentFor to) {
    UUID id = draftId;
    if (id == null) {
      return;
    }
    saveTypingThen(
        id,
        () ->
            executor.submit(
                () -> drafts.get().recordSent(id, to.company(), to.role(), to.sentOn(), job.text()),
                copy ->
                    jobMatch.tell(
                        "Kept a copy as sent to "
                            + copy.company()
                            + " on "
                            + copy.sentOn()
                            + ", with the job ad. It is in Applications."),
                error -> jobMatch.fail("The copy was not recorded: " + Autosaver.reason(error))));
  }

  /**
   * Where coaching with the server's model goes: the signed-in account's server, once the person
   * turned AI coaching on; nowhere before.
   */
  public void coachWith(CoachingAccess access) {
    this.coaching = access;
  }

  /**
   * Applies a proposal to its field as an ordinary edit (Undo takes it back), if the field still
   * says what was sent; a highlight is one line of its field.
   */
  boolean apply(Proposal proposal) {
    ResumeForm shown = form.get();
    Optional<FieldModel> found = shown == null ? Optional.empty() : shown.field(proposal.path());
    if (found.isEmpty()) {
      return false;
    }
    FieldModel field = found.get();
    Matcher line = LINE_INDEX.matcher(proposal.path());
    if (field.kind() == FieldKind.LINES && line.find()) {
      List<String> lines = new ArrayList<>(List.of(field.text().split("\\R", -1)));
      int at = Integer.parseInt(line.group(1));
      if (at >= lines.size() || !lines.get(at).strip().equals(proposal.before().strip())) {
        return false;
      }
      lines.set(at, proposal.after());
      field.textProperty().set(String.join("\n", lines));
    } else {
      if (!field.text().strip().equals(proposal.before().strip())) {
        return false;
      }
      field.textProperty().set(proposal.after());
    }
    focus(field);
    return true;
  }

  public RewriteViewModel rewrite() {
    return rewrite;
  }

  public JobMatchViewModel jobMatch() {
    return jobMatch;
  }

  public InterviewViewModel interview() {
    return interview;
  }

  /**
   * Puts the focus in the field a review point names; nothing when the draft no longer has it (the
   * entry was deleted since).
   */
  /**
   * Puts the open draft's sections in {@code order}: an edit like any other, saved and undoable.
   */
  public void orderSections(List<String> order) {
    ResumeForm shown = form.get();
    if (shown != null) {
      shown.orderSections(order);
    }
  }

  public void goTo(String path) {
    ResumeForm shown = form.get();
    if (shown != null) {
      shown.field(path).ifPresent(this::focus);
    }
  }

  private void focus(FieldModel field) {
    touched.set(null);
    touched.set(field);
  }

  /** The field the last undo or redo changed, or a review point names, for the view to focus. */
  ReadOnlyObjectProperty<FieldModel> touchedProperty() {
    return touched.getReadOnlyProperty();
  }

  /** The resume as the form shows it now (bad dates as their last good value). */
  Resume current() {
    ResumeForm now = form.get();
    return now == null ? null : now.toResume();
  }

  @Override
  public void textEdited(FieldModel field, String before, String after) {
    history.recordText(field, before, after);
    edited();
  }

  @Override
  public void structureEdited(UndoStep step) {
    history.record(step);
    edited();
  }

  private void show(LocalDraft draft) {
    busy.set(false);
    if (!draft.id().equals(draftId)) {
      remoteNotice.set("");
    }
    remote.loaded(draft);
    draftId = draft.id();
    title.set(draft.title());
    history.clear();
    ResumeForm opened = new ResumeForm(draft.resume(), this);
    form.set(opened);
    UUID id = draft.id();
    autosaver =
        new Autosaver(
            executor,
            clock,
            opened::toResume,
            resume ->
                remote
                    .save(drafts.get(), id, resume)
                    .ifPresent(
                        theirs ->
                            executor.deliver(
                                () ->
                                    remoteNotice.set(
                                        "This draft was also changed on another computer while"
                                            + " you typed. Your text is kept here; the other"
                                            + " text is in the new draft “"
                                            + theirs
                                            + "”."))),
            this::showSaveState);
    showSaveState(SaveState.SAVED);
    Resume shown = opened.toResume();
    preview.show(shown);
    scorecard.show(shown);
  }

  private void edited() {
    if (autosaver == null) {
      return;
    }
    autosaver.changed();
    Resume now = form.get().toResume();
    preview.show(now);
    scorecard.show(now);
  }

  private void showSaveState(SaveState state) {
    saveKind.set(state.kind());
    ResumeForm shown = form.get();
    boolean badDates = state.kind() == SaveState.Kind.SAVED && shown != null && !shown.valid();
    // A bad date keeps its last good value in the store: say so, or "Saved" would mislead.
    datesUnsaved.set(badDates);
    status.set(badDates ? "Saved, except the date marked in red" : state.text());
  }

  /** Saved, but a date that does not parse kept its last good value in the store. */
  public ReadOnlyBooleanProperty datesUnsavedProperty() {
    return datesUnsaved.getReadOnlyProperty();
  }

  private void keepClosedVersion(UUID id, Runnable then) {
    executor.submit(
        () -> {
          drafts.get().keepVersion(id, DraftStore.VersionReason.CLOSED);
          return id;
        },
        kept -> then.run(),
        error -> {
          // The text itself is saved; only the history's mark of the close is missing.
          status.set("Saved, but no version was kept on close: " + Autosaver.reason(error));
          then.run();
        });
  }

  private static StoreException notFound() {
    return new StoreException(StoreException.Kind.NOT_FOUND, "it is no longer in this profile");
  }
}
