package org.careercoach.desktop.ui.drafts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.careercoach.desktop.service.store.VersionInfo;

/**
 * A draft's history: the versions on the left; the chosen one beside the current text, line by
 * line, changes marked (and read out: "changed", "removed", "added").
 */
public final class HistoryView extends VBox {

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
    comparison.setCellFactory(view -> new DiffRowCell("this version", "the current text"));
    comparison.getStyleClass().add("diff");
    HBox.setHgrow(comparison, Priority.ALWAYS);

    Label left = new Label("This version");
    Label right = new Label("Current text");
    left.getStyleClass().add(Styles.TEXT_BOLD);
    right.getStyleClass().add(Styles.TEXT_BOLD);
    GridPane captions = DiffRowCell.halves(left, right);
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
}
