package org.careercoach.desktop.ui.drafts;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.store.LocalDraft;
import org.careercoach.desktop.service.store.Profiles;
import org.careercoach.desktop.service.store.Profiles.ProfileState;
import org.careercoach.desktop.service.sync.DraftSync;
import org.careercoach.desktop.service.sync.SyncStatus;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.model.resume.Resume;

/**
 * The drafts list of whoever uses the app now: search as you type (debounced, in the background),
 * sort, create, duplicate, rename, and delete to the Trash with Undo for a few seconds. Follows the
 * profile in use ({@link Profiles#state()}), so signing in or out shows the other profile's drafts.
 */
public final class DraftsViewModel {

  /** How long typing must pause before the search runs. */
  static final Duration SEARCH_DELAY = Duration.ofMillis(250);

  /** How long Undo is offered after a draft goes to the Trash. */
  static final Duration UNDO_TIME = Duration.ofSeconds(10);

  static final String NEW_TITLE = "Untitled resume";

  private final TaskExecutor executor;
  private final StoreCalls store;
  private final DraftDialogs dialogs;
  private final Clock clock;
  private final Navigator navigator;
  private final Consumer<UUID> openEditor;
  private final HistoryViewModel history;
  private final DraftSync sync;
  private final ConflictViewModel conflicts;
  private final ObservableMap<UUID, ConflictMark> marks = FXCollections.observableHashMap();
  private final ObservableList<DraftSummary> drafts = FXCollections.observableArrayList();
  private final StringProperty query = new SimpleStringProperty("");
  private final ObjectProperty<DraftSort> sort = new SimpleObjectProperty<>(DraftSort.LAST_CHANGED);
  private final ObjectProperty<DraftSummary> selected = new SimpleObjectProperty<>();
  private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper noMatches = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("Drafts");
  private final ReadOnlyStringWrapper where = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper undoable = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper undoMessage = new ReadOnlyStringWrapper("");
  private UUID lastTrashed;
  private Runnable pendingSearch = () -> {};
  private Runnable pendingUndoEnd = () -> {};
  private long generation;
  private UUID selectAfterLoad;
  private long remoteChangesSeen;
  private int conflictsSeen;

  /**
   * @param openEditor opens a draft in the editor (the editor's {@code open(id)} and its screen)
   */
  public DraftsViewModel(
      TaskExecutor executor,
      Profiles profiles,
      DraftDialogs dialogs,
      Clock clock,
      Navigator navigator,
      Consumer<UUID> openEditor,
      HistoryViewModel history,
      DraftSync sync,
      ConflictViewModel conflicts) {
    this.executor = executor;
    this.store = new StoreCalls(executor, profiles);
    this.dialogs = dialogs;
    this.clock = clock;
    this.navigator = navigator;
    this.openEditor = openEditor;
    this.history = history;
    this.sync = sync;
    this.conflicts = conflicts;
    query.addListener((obs, was, now) -> searchSoon());
    sort.addListener((obs, was, now) -> reload());
    showProfile(profiles.state().get());
    profiles.state().subscribe(state -> executor.deliver(() -> profileChanged(state)));
    SyncStatus now = sync.status().get();
    remoteChangesSeen = now.remoteChanges();
    conflictsSeen = now.conflicts();
    sync.status().subscribe(status -> executor.deliver(() -> syncChanged(status)));
  }

  /**
   * Another device's changes arrived, or conflicts came or went: the list loads again, keeping the
   * selection (and the view keeps the scroll position).
   */
  private void syncChanged(SyncStatus status) {
    boolean news =
        status.remoteChanges() != remoteChangesSeen || status.conflicts() != conflictsSeen;
    remoteChangesSeen = status.remoteChanges();
    conflictsSeen = status.conflicts();
    if (news) {
      reload();
    }
  }

  private void profileChanged(ProfileState state) {
    showProfile(state);
    endUndo();
    reload();
  }

  private void showProfile(ProfileState state) {
    heading.set(state.profile().local() ? "Drafts on this computer" : "Your drafts");
    where.set(
        state.profile().local()
            ? "Not signed in: your drafts are kept on this computer only."
            : "Your account on "
                + state.profile().server()
                + ": kept on this computer and synced with your other computers.");
  }

  /** Loads the list again, with the search and sort as they are. */
  public void reload() {
    ProfileState profile = store.profiles().state().get();
    if (!profile.open() && profile.problem().isEmpty()) {
      return; // still opening: the list loads when it opens (profileChanged), with no false alarm
    }
    pendingSearch.run();
    String words = query.get() == null ? "" : query.get().strip();
    DraftSort order = sort.get();
    long asked = ++generation;
    store.run(
        drafts ->
            ConflictMark.onTop(
                words.isEmpty() ? drafts.list(order) : drafts.search(words, order),
                sync.conflicts()),
        found -> {
          if (asked == generation) {
            marks.clear();
            marks.putAll(found.marks());
            show(found.drafts(), words);
          }
        });
  }

  /** Each key typed restarts the wait, so the search runs once typing pauses. */
  private void searchSoon() {
    pendingSearch.run();
    pendingSearch = executor.schedule(SEARCH_DELAY, this::reload);
  }

  private void show(List<DraftSummary> found, String words) {
    UUID keep = selectAfterLoad != null ? selectAfterLoad : idOf(selected.get());
    selectAfterLoad = null;
    drafts.setAll(found);
    selected.set(found.stream().filter(d -> d.id().equals(keep)).findFirst().orElse(null));
    loaded.set(true);
    empty.set(found.isEmpty() && words.isEmpty());
    noMatches.set(found.isEmpty() && !words.isEmpty());
  }

  private static UUID idOf(DraftSummary summary) {
    return summary == null ? null : summary.id();
  }

  /** Ctrl+N: a new, empty draft, opened in the editor. */
  public void create() {
    store.run(
        drafts -> drafts.create(NEW_TITLE, emptyResume()),
        made -> {
          selectAfterLoad = made.id();
          reload();
          openEditor.accept(made.id());
        });
  }

  /** Shows a draft just made elsewhere (an import), selected. */
  void showCreated(UUID id) {
    selectAfterLoad = id;
    reload();
  }

  /** Enter: the selected draft in the editor; a conflicted one in the comparison first. */
  public void open() {
    DraftSummary draft = selected.get();
    if (draft == null) {
      return;
    }
    if (marks.containsKey(draft.id())) {
      compare();
    } else {
      openEditor.accept(draft.id());
    }
  }

  /** The selected draft in the editor, even a conflicted one (the Open button). */
  public void openInEditor() {
    DraftSummary draft = selected.get();
    if (draft != null) {
      openEditor.accept(draft.id());
    }
  }

  /** A conflicted draft or copy: the two versions side by side, to keep one or both. */
  public void compare() {
    DraftSummary draft = selected.get();
    ConflictMark mark = draft == null ? null : marks.get(draft.id());
    if (mark != null) {
      conflicts.open(mark.conflict());
      navigator.show(Screen.CONFLICT);
    }
  }

  /** After a conflict is resolved: what happened, and the list as it is now. */
  void resolved(String what) {
    message.set(what);
    reload();
  }

  public void duplicate() {
    DraftSummary draft = selected.get();
    if (draft == null) {
      return;
    }
    String title = copyTitle(draft.title());
    store.run(
        drafts -> drafts.duplicate(draft.id(), title),
        copy -> {
          selectAfterLoad = copy.id();
          message.set("Made “" + copy.title() + "”.");
          reload();
        });
  }

  /** "CV" → "CV (copy)", kept within the longest name allowed. */
  static String copyTitle(String title) {
    String suffix = " (copy)";
    int room = DraftRules.MAX_TITLE - suffix.length();
    String base = title.codePointCount(0, title.length()) > room ? cut(title, room) : title;
    return base + suffix;
  }

  private static String cut(String text, int codePoints) {
    return text.substring(0, text.offsetByCodePoints(0, codePoints)).strip();
  }

  /** F2: asks for a new name (checked as typed) and stores it. */
  public void rename() {
    DraftSummary draft = selected.get();
    if (draft == null) {
      return;
    }
    Optional<String> title = dialogs.askTitle("Rename draft", draft.title(), DraftRules::title);
    if (title.isEmpty() || DraftRules.title(title.get()).isPresent()) {
      return;
    }
    String name = title.get().strip();
    store.run(
        drafts -> drafts.rename(draft.id(), name),
        renamed -> {
          message.set("Renamed to “" + renamed.title() + "”.");
          reload();
        });
  }

  /** Delete: the selected draft goes to the Trash; Undo (or Ctrl+Z) brings it back for a while. */
  public void moveToTrash() {
    DraftSummary draft = selected.get();
    if (draft == null) {
      return;
    }
    store.run(
        drafts -> drafts.moveToTrash(draft.id()),
        trashed -> {
          offerUndo(trashed);
          reload();
        });
  }

  private void offerUndo(LocalDraft trashed) {
    pendingUndoEnd.run();
    lastTrashed = trashed.id();
    message.set("");
    undoMessage.set("“" + trashed.title() + "” moved to the Trash.");
    undoable.set(true);
    pendingUndoEnd = executor.schedule(UNDO_TIME, this::endUndo);
  }

  /** Undo (Ctrl+Z): the last draft moved to the Trash comes back, while the offer stands. */
  public void undo() {
    if (!undoable.get()) {
      return;
    }
    UUID id = lastTrashed;
    endUndo();
    store.run(
        drafts -> drafts.restoreFromTrash(id),
        restored -> {
          selectAfterLoad = restored.id();
          message.set("“" + restored.title() + "” is back.");
          reload();
        });
  }

  void endUndo() {
    pendingUndoEnd.run();
    pendingUndoEnd = () -> {};
    undoable.set(false);
    undoMessage.set("");
    lastTrashed = null;
  }

  /** The selected draft's kept versions. */
  public void showHistory() {
    DraftSummary draft = selected.get();
    if (draft != null) {
      history.open(draft.id());
      navigator.show(Screen.HISTORY);
    }
  }

  /** Freezes a copy of the selected draft as sent to a company for a role on a day. */
  public void recordSent() {
    DraftSummary draft = selected.get();
    if (draft == null) {
      return;
    }
    Optional<SentTo> sent = dialogs.askSentTo(draft.title(), LocalDate.now(clock));
    if (sent.isEmpty()) {
      return;
    }
    SentTo to = sent.get();
    if (DraftRules.company(to.company()).isPresent()
        || DraftRules.role(to.role()).isPresent()
        || DraftRules.sentOn(to.sentOn(), LocalDate.now(clock)).isPresent()) {
      return;
    }
    store.run(
        drafts ->
            drafts.recordSent(draft.id(), to.company().strip(), to.role().strip(), to.sentOn()),
        copy ->
            message.set(
                "Kept a copy as sent to "
                    + copy.company()
                    + " on "
                    + copy.sentOn()
                    + ". It is in Applications."));
  }

  static Resume emptyResume() {
    return Resume.of(null);
  }

  /** Shows why something the list depends on failed (the move of local drafts, say). */
  public void showFailure(Throwable failure) {
    store.failed(failure);
  }

  /** Ctrl+F and the search box: every word must appear somewhere in the draft. */
  public StringProperty queryProperty() {
    return query;
  }

  public ObjectProperty<DraftSort> sortProperty() {
    return sort;
  }

  public ObjectProperty<DraftSummary> selectedProperty() {
    return selected;
  }

  /** The conflicted drafts and copies in the list, by id: the cells' badges. */
  public ObservableMap<UUID, ConflictMark> marks() {
    return FXCollections.unmodifiableObservableMap(marks);
  }

  public ObservableList<DraftSummary> drafts() {
    return FXCollections.unmodifiableObservableList(drafts);
  }

  /** The profile has no drafts at all: the screen helps a new user start. */
  public ReadOnlyBooleanProperty emptyProperty() {
    return empty.getReadOnlyProperty();
  }

  /** A search found nothing. */
  public ReadOnlyBooleanProperty noMatchesProperty() {
    return noMatches.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadedProperty() {
    return loaded.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty headingProperty() {
    return heading.getReadOnlyProperty();
  }

  /** Where the drafts are kept, in words. */
  public ReadOnlyStringProperty whereProperty() {
    return where.getReadOnlyProperty();
  }

  /** What the last action did. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Why the last action failed; nothing was changed. */
  public ReadOnlyStringProperty problemProperty() {
    return store.problemProperty();
  }

  public ReadOnlyBooleanProperty undoableProperty() {
    return undoable.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty undoMessageProperty() {
    return undoMessage.getReadOnlyProperty();
  }

  /** To the resume files, where a PDF or Word resume is read into a draft. */
  public void readResumeFiles() {
    navigator.show(Screen.RESUME_FILES);
  }
}
