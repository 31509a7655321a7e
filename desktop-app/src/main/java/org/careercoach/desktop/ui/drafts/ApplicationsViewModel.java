package org.careercoach.desktop.ui.drafts;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.store.Profiles;
import org.careercoach.desktop.service.store.SentCopy;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.model.resume.Resume;

/**
 * The application log: every copy of a draft recorded as sent (company, role, day, draft), the most
 * recent first; one opens read-only, as it was sent.
 */
public final class ApplicationsViewModel {

  private final StoreCalls store;
  private final Navigator navigator;
  private final ObservableList<SentCopy> applications = FXCollections.observableArrayList();
  private final ObjectProperty<SentCopy> selected = new SimpleObjectProperty<>();
  private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
  private final ObservableList<ResumeText.Line> openedText = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper openedTitle = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper openedJob = new ReadOnlyStringWrapper("");
  private SentCopy opened;
  private Resume openedResume;

  public ApplicationsViewModel(TaskExecutor executor, Profiles profiles, Navigator navigator) {
    this.store = new StoreCalls(executor, profiles);
    this.navigator = navigator;
    profiles.state().subscribe(state -> executor.deliver(this::reload));
  }

  public void reload() {
    store.run(
        drafts -> drafts.applications(),
        found -> {
          applications.setAll(found);
          empty.set(found.isEmpty());
        });
  }

  /** Enter: the selected copy, read-only, as it was sent. */
  public void open() {
    SentCopy copy = selected.get();
    if (copy == null) {
      return;
    }
    store.run(
        drafts -> drafts.sentResume(copy.id()),
        resume -> {
          opened = copy;
          openedResume = resume;
          openedTitle.set(
              "“"
                  + copy.draftTitle()
                  + "” as sent to "
                  + copy.company()
                  + " for "
                  + copy.role()
                  + " on "
                  + Times.day(copy.sentOn()));
          openedText.setAll(ResumeText.lines(resume));
          openedJob.set(copy.job());
          navigator.show(Screen.SENT_COPY);
        });
  }

  public void back() {
    navigator.back();
  }

  public ObservableList<SentCopy> applications() {
    return FXCollections.unmodifiableObservableList(applications);
  }

  public ObjectProperty<SentCopy> selectedProperty() {
    return selected;
  }

  public ReadOnlyBooleanProperty emptyProperty() {
    return empty.getReadOnlyProperty();
  }

  /** The opened copy, field by field. */
  public ObservableList<ResumeText.Line> openedText() {
    return FXCollections.unmodifiableObservableList(openedText);
  }

  /** The job ad the opened copy answered, as kept with it; empty when none was. */
  public ReadOnlyStringProperty openedJobProperty() {
    return openedJob.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty openedTitleProperty() {
    return openedTitle.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problemProperty() {
    return store.problemProperty();
  }

  SentCopy opened() {
    return opened;
  }

  Resume openedResume() {
    return openedResume;
  }
}
