package org.careercoach.desktop.ui.editor;

import java.time.Duration;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.preview.PageImage;
import org.careercoach.desktop.service.preview.PreviewRenderer;
import org.careercoach.formats.Template;
import org.careercoach.model.resume.Resume;

/**
 * The live preview: the draft in the chosen template as it will print. A change waits {@link
 * #SETTLE} for the next keystroke, then renders off the UI thread; one render runs at a time and a
 * render overtaken by a newer change is dropped, so typing never waits for it and the pages shown
 * are never older than the last render started. All calls on the UI thread.
 */
public final class PreviewViewModel {

  static final Duration SETTLE = Duration.ofMillis(250);

  private final TaskExecutor executor;
  private final PreviewRenderer renderer;
  private final ObjectProperty<Template> template =
      new SimpleObjectProperty<>(this, "template", Template.CLASSIC);
  private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
  private final ObservableList<PageImage> pages = FXCollections.observableArrayList();
  // One wrapper, kept: a wrapper made per call listens weakly and is collected with its listeners.
  private final ObservableList<PageImage> readOnlyPages =
      FXCollections.unmodifiableObservableList(pages);
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(this, "rendering");
  private Resume latest;
  private long wanted;
  private long shownGeneration;
  private boolean running;
  private Runnable cancelSettle;

  public PreviewViewModel(TaskExecutor executor, PreviewRenderer renderer) {
    this.executor = executor;
    this.renderer = renderer;
    template.addListener((obs, old, now) -> renderSoon(Duration.ZERO));
    shown.addListener((obs, old, now) -> renderSoon(Duration.ZERO));
  }

  /** The template to render with. */
  public ObjectProperty<Template> templateProperty() {
    return template;
  }

  /** Whether the preview shows; a hidden preview renders nothing. */
  public BooleanProperty shownProperty() {
    return shown;
  }

  /** The pages of the last render, in order. */
  public ObservableList<PageImage> pages() {
    return readOnlyPages;
  }

  /** Why the last render failed; empty when it worked. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty renderingProperty() {
    return rendering.getReadOnlyProperty();
  }

  /** The draft changed: render it once the typing settles. */
  void show(Resume resume) {
    latest = resume;
    renderSoon(SETTLE);
  }

  private void renderSoon(Duration delay) {
    wanted++;
    if (cancelSettle != null) {
      cancelSettle.run();
    }
    cancelSettle = executor.schedule(delay, this::start);
  }

  private void start() {
    cancelSettle = null;
    if (running || latest == null || !shown.get() || shownGeneration == wanted) {
      return; // a running render starts the next one when it ends
    }
    running = true;
    rendering.set(true);
    long generation = wanted;
    Resume resume = latest;
    Template chosen = template.get();
    executor.submit(
        () -> renderer.render(resume, chosen),
        rendered -> finished(generation, rendered, ""),
        error ->
            finished(
                generation, null, "The preview could not be drawn: " + Autosaver.reason(error)));
  }

  private void finished(long generation, List<PageImage> rendered, String failure) {
    running = false;
    shownGeneration = generation;
    if (generation == wanted) {
      rendering.set(false);
      problem.set(failure);
      if (rendered != null) {
        pages.setAll(rendered);
      }
      return;
    }
    start(); // overtaken while it ran: its pages are stale, draw the newest text instead
  }
}
