package org.careercoach.desktop.ui.drafts;

import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.store.Profiles;
import org.careercoach.desktop.ui.common.DialogService;

/**
 * The Trash: drafts deleted from the list, restorable until the store purges them 30 days after, or
 * deleted for good at once once the user confirms.
 */
public final class TrashViewModel {

  /** How long the store keeps a trashed draft (its purge runs with this age). */
  public static final Duration KEPT = Duration.ofDays(30);

  private final StoreCalls store;
  private final DialogService dialogs;
  private final ObservableList<DraftSummary> trashed = FXCollections.observableArrayList();
  private final ObjectProperty<DraftSummary> selected = new SimpleObjectProperty<>();
  private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

  public TrashViewModel(TaskExecutor executor, Profiles profiles, DialogService dialogs) {
    this.store = new StoreCalls(executor, profiles);
    this.dialogs = dialogs;
    profiles.state().subscribe(state -> executor.deliver(this::reload));
  }

  /** Purges what is older than {@link #KEPT} (the store's rule), then lists the rest. */
  public void reload() {
    store.run(
        drafts -> {
          drafts.purgeTrash(KEPT);
          return drafts.trash();
        },
        found -> {
          DraftSummary keep = selected.get();
          trashed.setAll(found);
          selected.set(
              keep == null
                  ? null
                  : found.stream().filter(d -> d.id().equals(keep.id())).findFirst().orElse(null));
          empty.set(found.isEmpty());
        });
  }

  /** The day the store deletes it for good. */
  static Instant purgedOn(DraftSummary draft) {
    return draft.trashedAt().plus(KEPT);
  }

  /** "Deleted for good on 31 Dec 2026". */
  static String purgeNote(DraftSummary draft) {
    return "Deleted for good on " + Times.day(purgedOn(draft));
  }

  public void restore() {
    DraftSummary draft = selected.get();
    if (draft == null) {
      return;
    }
    store.run(
        drafts -> drafts.restoreFromTrash(draft.id()),
        restored -> {
          message.set("“" + restored.title() + "” is back in your drafts.");
          reload();
        });
  }

  public void deleteForever() {
    DraftSummary draft = selected.get();
    if (draft == null
        || !dialogs.confirm(
            "Delete “" + draft.title() + "” for good?",
            "The draft and its history are deleted now and can't be brought back. Copies you"
                + " recorded as sent stay in Applications.",
            "Delete for good")) {
      return;
    }
    store.run(
        drafts -> {
          drafts.deleteForever(draft.id());
          return draft;
        },
        gone -> {
          message.set("“" + gone.title() + "” is deleted for good.");
          reload();
        });
  }

  public ObservableList<DraftSummary> trashed() {
    return FXCollections.unmodifiableObservableList(trashed);
  }

  public ObjectProperty<DraftSummary> selectedProperty() {
    return selected;
  }

  public ReadOnlyBooleanProperty emptyProperty() {
    return empty.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problemProperty() {
    return store.problemProperty();
  }
}
