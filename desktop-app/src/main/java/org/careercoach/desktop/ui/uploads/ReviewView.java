package org.careercoach.desktop.ui.uploads;

import atlantafx.base.theme.Styles;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careercoach.desktop.ui.common.Forms;

/**
 * The review of a read file: the original on the left, the parsed fields by section on the right,
 * each editable with the parser's confidence; unsure ones are marked and counted, F8 goes to the
 * next one, and the field with the focus shows where it came from. Create draft and Merge into
 * draft… end it.
 */
final class ReviewView extends VBox {

  /** The next unsure field, wherever the focus is (as editors go to the next problem). */
  static final KeyCombination NEXT_TO_CHECK = new KeyCodeCombination(KeyCode.F8);

  private static final PseudoClass TO_CHECK = PseudoClass.getPseudoClass("to-check");
  private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

  private final ReviewViewModel viewModel;
  private final VBox fieldsBox = new VBox(6);
  private final ScrollPane fieldsScroll = new ScrollPane(fieldsBox);
  private final Map<ReviewField, FieldRow> rows = new IdentityHashMap<>();

  private record FieldRow(VBox node, TextInputControl input) {}

  ReviewView(ReviewViewModel viewModel) {
    super(10);
    this.viewModel = viewModel;
    getStyleClass().addAll("screen", "review-screen", "fills-window");

    Button back = new Button("‹ Resume files");
    back.setId("review-back");
    back.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
    back.setAccessibleText("Back to the resume files");
    back.setOnAction(e -> viewModel.back());
    Label title = new Label();
    title.setId("review-title");
    title.getStyleClass().add(Styles.TITLE_3);
    title.textProperty().bind(viewModel.titleProperty());
    ProgressIndicator loading = new ProgressIndicator();
    loading.setPrefSize(20, 20);
    loading.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.busyProperty()));
    HBox heading = new HBox(10, title, loading);
    heading.setAlignment(Pos.CENTER_LEFT);

    Label toCheck = new Label();
    toCheck.setId("review-to-check");
    toCheck.textProperty().bind(viewModel.toCheckTextProperty());
    toCheck.visibleProperty().bind(viewModel.readyProperty());
    viewModel
        .toCheckProperty()
        .subscribe(n -> toCheck.pseudoClassStateChanged(TO_CHECK, n.intValue() > 0));
    toCheck.getStyleClass().add("review-count");
    Button next = new Button("Next field to check");
    next.setId("review-next");
    next.getStyleClass().add(Styles.SMALL);
    next.setAccessibleHelp("F8");
    next.disableProperty().bind(viewModel.readyProperty().not());
    next.setOnAction(e -> viewModel.nextToCheck());
    Button merge = new Button("Merge into draft…");
    merge.setId("review-merge");
    merge.setAccessibleHelp("Choose a draft and, per section, what to take from this file");
    merge.disableProperty().bind(viewModel.readyProperty().not().or(viewModel.busyProperty()));
    merge.setOnAction(e -> viewModel.mergeIntoDraft());
    Button create = new Button("Create draft");
    create.setId("review-create");
    create.getStyleClass().add(Styles.ACCENT);
    create.setAccessibleHelp("A new draft from these fields, with your corrections");
    create.disableProperty().bind(viewModel.readyProperty().not().or(viewModel.busyProperty()));
    create.setOnAction(e -> viewModel.createDraft());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox toolbar = new HBox(8, toCheck, next, spacer, merge, create);
    toolbar.setAlignment(Pos.CENTER_LEFT);

    Label problem = Forms.notice(viewModel.problemProperty(), Styles.DANGER);
    problem.setId("review-problem");
    Label message = Forms.notice(viewModel.messageProperty(), Styles.SUCCESS);
    message.setId("review-message");
    Label readability = Forms.notice(viewModel.readabilityProperty(), Styles.WARNING);
    readability.setId("review-readability");

    fieldsBox.getStyleClass().add("review-fields");
    fieldsScroll.setFitToWidth(true);
    fieldsScroll.getStyleClass().add("edge-to-edge");
    fieldsScroll.setFocusTraversable(false);
    SplitPane split = new SplitPane(new SourceView(viewModel), fieldsScroll);
    split.setOrientation(Orientation.HORIZONTAL);
    split.setDividerPositions(0.5);
    split.setId("review-split");
    split.setFocusTraversable(false);
    VBox.setVgrow(split, Priority.ALWAYS);

    getChildren().addAll(new VBox(2, back, heading), toolbar, problem, message, readability, split);

    viewModel.fields().addListener((ListChangeListener<ReviewField>) change -> build());
    viewModel.selectedProperty().addListener((obs, was, now) -> select(was, now));
    sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (old != null) {
                old.getAccelerators().remove(NEXT_TO_CHECK);
              }
              if (scene != null) {
                scene.getAccelerators().put(NEXT_TO_CHECK, viewModel::nextToCheck);
              }
            });
    build();
  }

  private void build() {
    fieldsBox.getChildren().clear();
    rows.clear();
    String section = null;
    for (ReviewField field : viewModel.fields()) {
      if (!field.section().equals(section)) {
        section = field.section();
        Label header = new Label(ParsedFields.words(section));
        header.getStyleClass().addAll(Styles.TITLE_4, "review-section");
        fieldsBox.getChildren().add(header);
      }
      FieldRow row = row(field);
      rows.put(field, row);
      fieldsBox.getChildren().add(row.node());
    }
  }

  private FieldRow row(ReviewField field) {
    Label caption = new Label(field.label());
    caption.setMnemonicParsing(false);
    caption.getStyleClass().add("field-label");
    Label sure =
        new Label(
            field.needsCheck() ? "Check · " + field.confidenceText() : field.confidenceText());
    sure.getStyleClass()
        .addAll(Styles.TEXT_SMALL, field.needsCheck() ? Styles.WARNING : Styles.TEXT_MUTED);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox top = new HBox(8, caption, spacer, sure);
    top.setAlignment(Pos.CENTER_LEFT);
    TextInputControl input = input(field);
    input.setId("review-field-" + field.path().replaceAll("[^A-Za-z0-9]+", "-"));
    input.textProperty().bindBidirectional(field.textProperty());
    caption.setLabelFor(input);
    String where = ParsedFields.words(field.section()) + " › " + field.label();
    input.setAccessibleText(where);
    input.setAccessibleHelp(
        field.needsCheck()
            ? "The reader was unsure of this value (" + field.confidenceText() + "): check it"
            : field.confidenceText());
    input
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (focused && viewModel.selectedProperty().get() != field) {
                viewModel.selectedProperty().set(field);
              }
            });
    VBox node = new VBox(3, top, input);
    node.getStyleClass().add("review-field");
    node.pseudoClassStateChanged(TO_CHECK, field.needsCheck());
    return new FieldRow(node, input);
  }

  /** Values longer than a line (a summary, a highlight) wrap, so they can be read whole. */
  static final int LONG_VALUE = 60;

  private static TextInputControl input(ReviewField field) {
    String text = field.textProperty().get();
    if (text == null || text.length() <= LONG_VALUE) {
      return new TextField();
    }
    return Forms.wrappingArea(Math.min(6, text.length() / LONG_VALUE + 1));
  }

  private void select(ReviewField was, ReviewField now) {
    if (was != null && rows.containsKey(was)) {
      rows.get(was).node().pseudoClassStateChanged(CURRENT, false);
    }
    FieldRow row = now == null ? null : rows.get(now);
    if (row == null) {
      return;
    }
    row.node().pseudoClassStateChanged(CURRENT, true);
    if (!row.input().isFocused()) {
      row.input().requestFocus();
    }
    // Into view within the fields' column.
    Bounds content = fieldsBox.getLayoutBounds();
    double viewport = fieldsScroll.getViewportBounds().getHeight();
    if (content.getHeight() > viewport) {
      double y = row.node().getBoundsInParent().getMinY() - viewport / 3;
      fieldsScroll.setVvalue(Math.max(0, Math.min(1, y / (content.getHeight() - viewport))));
    }
  }
}
