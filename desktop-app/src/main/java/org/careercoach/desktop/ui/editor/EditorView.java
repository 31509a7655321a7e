package org.careercoach.desktop.ui.editor;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careercoach.desktop.ui.coach.InterviewView;
import org.careercoach.desktop.ui.coach.JobMatchView;
import org.careercoach.desktop.ui.coach.RewriteView;
import org.careercoach.desktop.ui.common.Forms;

/**
 * The editor screen: a toolbar (close, undo, redo, save status, preview toggle) over the form on
 * the left and the live preview on the right. Ctrl+Z undoes over the whole draft, before the text
 * field's own undo would take the key.
 */
public final class EditorView extends BorderPane {

  static final KeyCombination UNDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination REDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  static final KeyCombination REDO_Y =
      new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

  private static final javafx.css.PseudoClass WARNING =
      javafx.css.PseudoClass.getPseudoClass("warning");

  private final EditorViewModel viewModel;
  private final Map<FieldModel, Node> inputs = new HashMap<>();
  private final VBox form = new VBox(16);
  private final ScrollPane formScroll = new ScrollPane(form);
  private final PreviewView preview;
  private final TabPane coach = new TabPane();
  private final SplitPane panes = new SplitPane();

  public EditorView(EditorViewModel viewModel) {
    this.viewModel = viewModel;
    this.preview = new PreviewView(viewModel.preview());
    buildCoach();
    getStyleClass().add("editor");
    setId("editor");
    getStylesheets().add(EditorView.class.getResource("editor.css").toExternalForm());
    setTop(toolbar());

    form.getStyleClass().add("editor-form");
    formScroll.setFitToWidth(true);
    formScroll.getStyleClass().add("edge-to-edge");
    formScroll.setFocusTraversable(false);
    panes.getItems().add(formScroll);
    panes.getStyleClass().add("editor-panes");
    arrangePanes();
    viewModel.preview().shownProperty().addListener((obs, was, shown) -> arrangePanes());
    viewModel.scorecard().shownProperty().addListener((obs, was, shown) -> arrangePanes());
    setCenter(panes);

    viewModel.formProperty().addListener((obs, old, now) -> build(now));
    build(viewModel.formProperty().get());
    viewModel
        .touchedProperty()
        .addListener(
            (obs, old, field) -> {
              Node input = field == null ? null : inputs.get(field);
              if (input != null && input.getScene() != null) {
                focusRevealed(input);
              }
            });
    addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
    fillTheWindow();
    sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, focused) -> keepInView(focused));
              }
              focusTheFirstField();
            });
  }

  /**
   * A scroll pane does not follow the focus by itself: without this, Tab and Alt+Up/Down would move
   * the focus to a field the person cannot see.
   */
  private void keepInView(Node focused) {
    if (focused == null || !contains(form, focused)) {
      return;
    }
    // Lays out only what changed (a moved entry); a CSS pass over the whole form here made each
    // Tab take seconds on a slow machine.
    form.layout();
    Bounds bounds = form.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
    double viewport = formScroll.getViewportBounds().getHeight();
    double scrollable = form.getHeight() - viewport;
    if (bounds == null || scrollable <= 0) {
      return;
    }
    double offset = formScroll.getVvalue() * scrollable;
    double margin = 24;
    if (bounds.getMinY() - margin < offset) {
      offset = bounds.getMinY() - margin;
    } else if (bounds.getMaxY() + margin > offset + viewport) {
      offset = Math.min(bounds.getMaxY() + margin - viewport, bounds.getMinY() - margin);
    } else {
      return;
    }
    formScroll.setVvalue(Math.max(0, Math.min(1, offset / scrollable)));
  }

  private static boolean contains(Parent parent, Node node) {
    for (Node at = node; at != null; at = at.getParent()) {
      if (at == parent) {
        return true;
      }
    }
    return false;
  }

  private Region toolbar() {
    Button close = new Button("Close");
    close.setId("editor-close");
    close.getStyleClass().add(Styles.FLAT);
    close.setOnAction(e -> viewModel.close());
    close.disableProperty().bind(viewModel.busyProperty());
    close.setTooltip(new Tooltip("Save, keep a version and go back to the drafts"));

    Label title = new Label();
    title.setId("editor-title");
    title.getStyleClass().add(Styles.TITLE_4);
    title.textProperty().bind(viewModel.titleProperty());

    Label status = new Label();
    status.setId("editor-status");
    status.textProperty().bind(viewModel.statusProperty());
    status.setWrapText(true);
    status.getStyleClass().add("save-status");
    viewModel
        .saveKindProperty()
        .addListener(
            (obs, old, kind) -> {
              status.pseudoClassStateChanged(Styles.STATE_DANGER, kind == SaveState.Kind.FAILED);
              status.pseudoClassStateChanged(Styles.STATE_SUCCESS, kind == SaveState.Kind.SAVED);
            });
    status.pseudoClassStateChanged(Styles.STATE_SUCCESS, true);
    viewModel
        .datesUnsavedProperty()
        .addListener((obs, was, unsaved) -> status.pseudoClassStateChanged(WARNING, unsaved));

    Button undo = new Button("Undo");
    undo.setId("editor-undo");
    undo.setAccessibleText("Undo (Ctrl+Z)");
    undo.setTooltip(new Tooltip("Undo (Ctrl+Z)"));
    undo.disableProperty().bind(viewModel.canUndoProperty().not());
    undo.setOnAction(e -> viewModel.undo());
    Button redo = new Button("Redo");
    redo.setId("editor-redo");
    redo.setAccessibleText("Redo (Ctrl+Shift+Z or Ctrl+Y)");
    redo.setTooltip(new Tooltip("Redo (Ctrl+Shift+Z or Ctrl+Y)"));
    redo.disableProperty().bind(viewModel.canRedoProperty().not());
    redo.setOnAction(e -> viewModel.redo());
    HBox history = new HBox(undo, redo);
    history.getStyleClass().add("history-buttons");
    undo.getStyleClass().addAll(Styles.LEFT_PILL);
    redo.getStyleClass().addAll(Styles.RIGHT_PILL);

    ToggleButton showPreview = new ToggleButton("Preview");
    showPreview.setId("editor-preview-toggle");
    showPreview.setAccessibleText("Show the preview");
    showPreview.selectedProperty().bindBidirectional(viewModel.preview().shownProperty());

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    ToggleButton showReview = new ToggleButton("Coach");
    showReview.setId("editor-coach-toggle");
    showReview.setAccessibleText("Show the coach: review, job match and interview practice");
    showReview.setTooltip(
        new Tooltip("Review this draft, match it to a job, practise an interview — offline"));
    showReview.selectedProperty().bindBidirectional(viewModel.scorecard().shownProperty());

    HBox bar = new HBox(12, close, title, status, spacer, history, showReview, showPreview);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("editor-toolbar");

    Label problem = Forms.notice(viewModel.problemProperty(), Styles.DANGER);
    problem.setId("editor-problem");
    return new VBox(bar, problem, remoteNotice());
  }

  /** What another computer did to this draft (reloaded, renamed, kept apart), until dismissed. */
  private Region remoteNotice() {
    Label text = new Label();
    text.setId("editor-remote-notice");
    text.setWrapText(true);
    text.textProperty().bind(viewModel.remoteNoticeProperty());
    HBox.setHgrow(text, Priority.ALWAYS);
    text.setMaxWidth(Double.MAX_VALUE);
    Button dismiss = new Button("Dismiss");
    dismiss.setId("editor-remote-dismiss");
    dismiss.setAccessibleText("Dismiss the note about another computer's change");
    dismiss.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    dismiss.setMinWidth(Region.USE_PREF_SIZE);
    dismiss.setOnAction(e -> viewModel.dismissRemoteNotice());
    HBox bar = new HBox(12, text, dismiss);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().addAll("notice", Styles.ACCENT, "editor-remote-notice");
    bar.visibleProperty().bind(viewModel.remoteNoticeProperty().isNotEmpty());
    bar.managedProperty().bind(bar.visibleProperty());
    return bar;
  }

  private void build(ResumeForm resume) {
    inputs.clear();
    form.getChildren().clear();
    if (resume == null) {
      return;
    }
    BasicsView basics = new BasicsView(resume.basics(), inputs);
    Map<EntryListModel<?>, Node> views = new IdentityHashMap<>();
    for (EntryListModel<?> section : resume.sections()) {
      views.put(section, new EntryListView<>(section, inputs, resume::moveSection));
    }
    Runnable inOrder =
        () -> {
          List<Node> ordered = new ArrayList<>(List.of(basics));
          resume.sections().forEach(section -> ordered.add(views.get(section)));
          form.getChildren().setAll(ordered);
        };
    inOrder.run();
    resume
        .sections()
        .addListener(
            (ListChangeListener<EntryListModel<?>>)
                change -> {
                  if (viewModel.formProperty().get() == resume) {
                    Node focused = getScene() == null ? null : getScene().getFocusOwner();
                    inOrder.run();
                    if (focused != null) {
                      focused.requestFocus(); // a node moved in the scene graph loses the focus
                    }
                  }
                });
    focusTheFirstField();
  }

  /**
   * A draft opens with the keyboard in its first field, as every screen does: otherwise the first
   * keys typed go to the toolbar, and a space presses Close.
   */
  private void focusTheFirstField() {
    Scene scene = getScene();
    if (scene == null) {
      return;
    }
    // A section's fields join the scene only when its pane is laid out (skins are made then), so
    // the focus moves after the next layout pass.
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          scene.removePostLayoutPulseListener(once[0]);
          if (getScene() != scene || contains(form, scene.getFocusOwner())) {
            return;
          }
          form.lookupAll(".text-input").stream()
              .filter(input -> input.isFocusTraversable() && shown(input))
              .findFirst()
              .ifPresent(Node::requestFocus);
        };
    scene.addPostLayoutPulseListener(once[0]);
  }

  private boolean shown(Node node) {
    for (Node at = node; at != null && at != this; at = at.getParent()) {
      if (!at.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The coach beside the form: the review, the job match and interview practice, one tab each. A
   * first visit to the interview tab draws a set; "Practise" from a job match draws one for it.
   */
  private void buildCoach() {
    coach.setId("coach");
    coach.getStyleClass().add("coach-pane");
    coach.setAccessibleText("Coach: review, job match and interview practice");
    coach.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    Tab review =
        new Tab(
            "Review",
            new ScorecardView(viewModel.scorecard(), new RewriteView(viewModel.rewrite())));
    review.setId("coach-review");
    Tab interview = new Tab("Interview", scrolling(new InterviewView(viewModel.interview())));
    interview.setId("coach-interview");
    Runnable practise =
        () -> {
          viewModel.interview().start();
          coach.getSelectionModel().select(interview);
        };
    Tab match =
        new Tab(
            "Job match",
            scrolling(
                new JobMatchView(
                    viewModel.jobMatch(),
                    practise,
                    viewModel::tailorForJob,
                    viewModel::recordSentForJob)));
    match.setId("coach-job");
    interview.setOnSelectionChanged(
        e -> {
          if (interview.isSelected() && !viewModel.interview().started()) {
            viewModel.interview().start();
          }
        });
    coach.getTabs().setAll(review, match, interview);
  }

  private static ScrollPane scrolling(Node content) {
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().addAll("edge-to-edge", "coach-scroll");
    return scroll;
  }

  /** The form, then the coach and the preview when they are on, in that order. */
  private void arrangePanes() {
    boolean review = viewModel.scorecard().shownProperty().get();
    boolean shown = viewModel.preview().shownProperty().get();
    List<Node> wanted = new ArrayList<>(List.of(formScroll));
    if (review) {
      wanted.add(coach);
    }
    if (shown) {
      wanted.add(preview);
    }
    if (panes.getItems().equals(wanted)) {
      return;
    }
    panes.getItems().setAll(wanted);
    switch (wanted.size()) {
      case 2 -> panes.setDividerPositions(review ? 0.62 : 0.55);
      case 3 -> panes.setDividerPositions(0.45, 0.7);
      default -> {}
    }
  }

  /**
   * Focuses an input, first opening the sections it is in: a review point may name a field in a
   * collapsed section. The focus moves after the next layout, when an opened section's fields are
   * there to take it.
   */
  private void focusRevealed(Node input) {
    boolean opened = false;
    for (Node at = input.getParent(); at != null && at != form; at = at.getParent()) {
      if (at instanceof TitledPane pane && !pane.isExpanded()) {
        pane.setExpanded(true);
        opened = true;
      }
    }
    if (!opened) {
      input.requestFocus();
      return;
    }
    Scene scene = getScene();
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          scene.removePostLayoutPulseListener(once[0]);
          input.requestFocus();
        };
    scene.addPostLayoutPulseListener(once[0]);
    Platform.requestNextPulse();
  }

  private void shortcuts(KeyEvent event) {
    if (REDO.match(event) || REDO_Y.match(event)) {
      event.consume();
      viewModel.redo();
    } else if (UNDO.match(event)) {
      event.consume();
      viewModel.undo();
    }
  }

  /**
   * The window shows screens in a scroll pane; the editor scrolls its own form, so it takes the
   * viewport's height instead of growing with the form.
   */
  private void fillTheWindow() {
    parentProperty()
        .addListener(
            (obs, old, parent) -> {
              prefHeightProperty().unbind();
              ScrollPane outer = enclosingScrollPane(parent);
              if (outer != null) {
                prefHeightProperty()
                    .bind(
                        Bindings.createDoubleBinding(
                            () -> outer.getViewportBounds().getHeight(),
                            outer.viewportBoundsProperty()));
              }
            });
  }

  private static ScrollPane enclosingScrollPane(Parent parent) {
    for (Parent at = parent; at != null; at = at.getParent()) {
      if (at instanceof ScrollPane scroll) {
        return scroll;
      }
    }
    return null;
  }
}
