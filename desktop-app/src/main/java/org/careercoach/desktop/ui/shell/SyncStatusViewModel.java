package org.careercoach.desktop.ui.shell;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.sync.DraftSync;
import org.careercoach.desktop.service.sync.SyncStatus;
import org.careercoach.desktop.service.sync.SyncStatus.State;

/**
 * The sync state in the status bar, always in sight: synced (and when), syncing, offline with the
 * changes waiting, conflicts, or what needs the person; and the "Sync now" action (F5), which needs
 * someone signed in. Follows the engine's {@link DraftSync#status()} on the UI thread.
 */
public final class SyncStatusViewModel {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

  private final DraftSync sync;
  private final Navigator navigator;
  private final Clock clock;
  private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.SIGNED_OUT);
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper canSyncNow = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper hasConflicts = new ReadOnlyBooleanWrapper(false);

  public SyncStatusViewModel(
      TaskExecutor executor, DraftSync sync, Navigator navigator, Clock clock) {
    this.sync = sync;
    this.navigator = navigator;
    this.clock = clock;
    show(sync.status().get());
    sync.status().subscribe(status -> executor.deliver(() -> show(status)));
  }

  /** The "Sync now" button and F5: only while someone is signed in. */
  public void syncNow() {
    if (canSyncNow.get()) {
      sync.syncNow();
    }
  }

  /** The conflicts' badge: the drafts list, where conflicted drafts sit at the top. */
  public void showConflicts() {
    navigator.show(Screen.DRAFTS);
  }

  private void show(SyncStatus status) {
    state.set(status.state());
    canSyncNow.set(status.state() != State.SIGNED_OUT);
    hasConflicts.set(status.conflicts() > 0);
    String waiting = waiting(status.waiting());
    switch (status.state()) {
      case SIGNED_OUT -> {
        text.set("Drafts stay on this computer");
        detail.set("Sign in to sync your drafts with your other computers.");
      }
      case SYNCED -> {
        text.set("Synced");
        detail.set(
            status
                .lastSynced()
                .map(at -> "Everything is on the server. Last synced " + when(at) + ".")
                .orElse("Everything is on the server."));
      }
      case SYNCING -> {
        text.set("Syncing…");
        detail.set(
            status.waiting() > 0
                ? "Sending " + waiting + " and fetching changes from your other computers."
                : "Fetching changes from your other computers.");
      }
      case OFFLINE -> {
        text.set(status.waiting() > 0 ? "Offline · " + waiting + " waiting" : "Offline");
        detail.set(
            (status.waiting() > 0 ? capitalised(waiting) + " made here wait" : "Nothing waits")
                + " to be sent. Your drafts stay on this computer and sync when the server can"
                + " be reached."
                + lastSynced(status.lastSynced()));
      }
      case CONFLICT -> {
        text.set(status.conflicts() == 1 ? "1 conflict" : status.conflicts() + " conflicts");
        detail.set(
            "A draft was changed both here and on another computer. Both versions are kept, at"
                + " the top of your drafts: open one to compare them and keep one or both.");
      }
      case ATTENTION -> {
        Optional<SyncStatus.MassDeletion> question = status.massDeletion();
        text.set(question.isPresent() ? "Sync paused: a question for you" : "Sync needs you");
        detail.set(
            question
                .map(
                    q ->
                        "The server says "
                            + q.toDelete()
                            + " of your "
                            + q.drafts()
                            + " drafts were deleted. Nothing is deleted here until you answer.")
                .orElse(
                    status.problem().isBlank()
                        ? "Something stops the sync; Sync now tries again."
                        : status.problem()));
      }
    }
  }

  private static String waiting(int changes) {
    return changes == 1 ? "1 change" : changes + " changes";
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private String lastSynced(Optional<Instant> at) {
    return at.map(time -> " Last synced " + when(time) + ".").orElse("");
  }

  /** "at 14:05" today, a date and time before. */
  private String when(Instant at) {
    ZoneId zone = ZoneId.systemDefault();
    boolean today =
        LocalDate.ofInstant(at, zone).equals(LocalDate.ofInstant(clock.instant(), zone));
    return today ? "at " + TIME.format(at.atZone(zone)) : "on " + WHEN.format(at.atZone(zone));
  }

  public ReadOnlyObjectProperty<State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** The state in a few words, for the status bar. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  /**
   * What the state means and what to do, with the last sync's time: tooltip and accessible help.
   */
  public ReadOnlyStringProperty detailProperty() {
    return detail.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canSyncNowProperty() {
    return canSyncNow.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty hasConflictsProperty() {
    return hasConflicts.getReadOnlyProperty();
  }
}
