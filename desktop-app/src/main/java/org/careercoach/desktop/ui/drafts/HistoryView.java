package org.careercoach.desktop.ui.drafts;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careercoach.desktop.service.store.VersionInfo;

/**
 * A draft's history: the versions on the left; the chosen one beside the current text, line by
 * line, changes marked (and read out: "changed", "removed", "added").
 */
public final class HistoryView extends VBox {

  private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
  private static final PseudoClass REMOVED = PseudoClass.getPseudoClass("removed");
  private static final PseudoClass ADDED = PseudoClass.getPseudoClass("added");

  public HistoryView(HistoryViewModel viewModel) {
    super(12);
    getStyleClass().addAll("screen", "fills-window");
    Label heading = new Label();
    heading.setId("history-title");
    heading.getStyleClass().add(Styles.TITLE_3);
    heading.textProperty().bind(viewModel.titleProperty());
    Label summary = new Label();
    summary.setId("history-summary");
    summary.setWrapText(true);
    summary.getStyleClass().add(Styles.TEXT_MUTED);
    summary.textProperty().bind(viewModel.summaryProperty());

    Button back = new Button("Back to drafts");
    back.setId("history-back");
    back.setCancelButton(true);
    back.getStyleClass().add(Styles.FLAT);
    back.setOnAction(e -> viewModel.back());
    Button restore = new Button("Restore this version…");
    restore.setId("history-restore");
    restore.disableProperty().bind(viewModel.selectedProperty().isNull());
    restore.setOnAction(e -> viewModel.restore());
    HBox actions = new HBox(8, back, restore);
    actions.setAlignment(Pos.CENTER_LEFT);

    ListView<VersionInfo> versions = new ListView<>(viewModel.versions());
    versions.setId("history-versions");
    versions.setAccessibleText("Versions");
    versions.setPrefWidth(260);
    versions.setMinWidth(220);
    versions.setCellFactory(view -> new VersionCell());
    versions
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, was, now) -> viewModel.selectedProperty().set(now));
    viewModel
        .selectedProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != versions.getSelectionModel().getSelectedItem()) {
                versions.getSelectionModel().select(now);
              }
            });
    versions.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            viewModel.restore();
            e.consume();
          }
        });

    ListView<TextDiff.Row> comparison = new ListView<>(viewModel.comparison());
    comparison.setId("history-comparison");
    comparison.setAccessibleText("The chosen version beside the current text");
    comparison.setCellFactory(view -> new RowCell());
    comparison.getStyleClass().add("diff");
    HBox.setHgrow(comparison, Priority.ALWAYS);

    Label left = new Label("This version");
    Label right = new Label("Current text");
    left.getStyleClass().add(Styles.TEXT_BOLD);
    right.getStyleClass().add(Styles.TEXT_BOLD);
    GridPane captions = halves(left, right);
    VBox compare = new VBox(4, captions, comparison);
    VBox.setVgrow(comparison, Priority.ALWAYS);
    HBox.setHgrow(compare, Priority.ALWAYS);

    HBox body = new HBox(12, versions, compare);
    VBox.setVgrow(body, Priority.ALWAYS);

    Label message = DraftsView.notice(viewModel.messageProperty(), Styles.SUCCESS);
    message.setId("history-message");
    Label problem = DraftsView.notice(viewModel.problemProperty(), Styles.DANGER);
    problem.setId("history-problem");
    getChildren().addAll(new VBox(2, heading, summary), actions, problem, message, body);
    sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene != null) {
                versions.requestFocus();
              }
            });
  }

  private static GridPane halves(Region left, Region right) {
    GridPane grid = new GridPane();
    grid.setHgap(12);
    ColumnConstraints half = new ColumnConstraints();
    half.setPercentWidth(50);
    grid.getColumnConstraints().addAll(half, half);
    grid.add(left, 0, 0);
    grid.add(right, 1, 0);
    left.setMaxWidth(Double.MAX_VALUE);
    right.setMaxWidth(Double.MAX_VALUE);
    return grid;
  }

  private static final class VersionCell extends ListCell<VersionInfo> {
    private final Label when = new Label();
    private final Label why = new Label();
    private final VBox box = new VBox(2, when, why);

    VersionCell() {
      why.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    }

    @Override
    protected void updateItem(VersionInfo version, boolean empty) {
      super.updateItem(version, empty);
      if (empty || version == null) {
        setGraphic(null);
        setAccessibleText(null);
        return;
      }
      when.setText(Times.of(version.savedAt()));
      why.setText(Times.reason(version.reason()) + "  ·  " + version.title());
      setGraphic(box);
      setAccessibleText(when.getText() + ", " + why.getText());
    }
  }

  private static final class RowCell extends ListCell<TextDiff.Row> {
    private final Label left = new Label();
    private final Label right = new Label();
    private final GridPane grid = halves(left, right);

    RowCell() {
      left.setWrapText(true);
      right.setWrapText(true);
      left.getStyleClass().addAll("diff-side", "diff-old");
      right.getStyleClass().addAll("diff-side", "diff-new");
      // A cell sizes its graphic to the graphic's wish; the two halves must share the row instead.
      grid.setMinWidth(0);
      grid.prefWidthProperty().bind(widthProperty().subtract(28));
    }

    @Override
    protected void updateItem(TextDiff.Row row, boolean empty) {
      super.updateItem(row, empty);
      for (Label side : new Label[] {left, right}) {
        side.pseudoClassStateChanged(CHANGED, !empty && row.change() == TextDiff.Change.CHANGED);
      }
      left.pseudoClassStateChanged(
          REMOVED, !empty && row != null && row.change() == TextDiff.Change.REMOVED);
      right.pseudoClassStateChanged(
          ADDED, !empty && row != null && row.change() == TextDiff.Change.ADDED);
      if (empty || row == null) {
        setGraphic(null);
        setAccessibleText(null);
        return;
      }
      left.setText(row.left());
      right.setText(row.right());
      setGraphic(grid);
      setAccessibleText(
          switch (row.change()) {
            case SAME -> "Same: " + row.right();
            case CHANGED -> "Changed from " + row.left() + " to " + row.right();
            case REMOVED -> "Only in this version: " + row.left();
            case ADDED -> "Only in the current text: " + row.right();
          });
    }
  }
}
