package org.careercoach.desktop.ui.drafts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One sent copy, read-only: every field as it was sent, and Export. */
public final class SentCopyView extends VBox {

  public SentCopyView(ApplicationsViewModel viewModel, DraftFilesViewModel files) {
    super(12);
    getStyleClass().addAll("screen", "fills-window");
    Label heading = new Label();
    heading.setId("sent-copy-title");
    heading.setWrapText(true);
    heading.getStyleClass().add(Styles.TITLE_4);
    heading.textProperty().bind(viewModel.openedTitleProperty());
    Label note = new Label("Read-only: this is the copy as it was sent.");
    note.getStyleClass().add(Styles.TEXT_MUTED);

    Button back = new Button("Back to applications");
    back.setId("sent-copy-back");
    back.setCancelButton(true);
    back.getStyleClass().add(Styles.FLAT);
    back.setOnAction(e -> viewModel.back());
    Button export = new Button("Export…");
    export.setId("sent-copy-export");
    export.setOnAction(e -> files.exportOpenedApplication());
    HBox actions = new HBox(8, back, export);
    actions.setAlignment(Pos.CENTER_LEFT);

    ListView<ResumeText.Line> fields = new ListView<>(viewModel.openedText());
    fields.setId("sent-copy-fields");
    fields.setAccessibleText("The sent resume, field by field");
    fields.setCellFactory(view -> new LineCell());
    VBox.setVgrow(fields, Priority.ALWAYS);
    Label filesProblem = DraftsView.notice(files.problemProperty(), Styles.DANGER);
    Label filesMessage = DraftsView.notice(files.messageProperty(), Styles.SUCCESS);
    TextArea job = new TextArea();
    job.setId("sent-copy-job");
    job.setEditable(false);
    job.setWrapText(true);
    job.setPrefRowCount(6);
    job.setAccessibleText("The job ad this copy answered");
    job.textProperty().bind(viewModel.openedJobProperty());
    TitledPane jobPane = new TitledPane("The job ad it answered", job);
    jobPane.setExpanded(false);
    jobPane.visibleProperty().bind(viewModel.openedJobProperty().isNotEmpty());
    jobPane.managedProperty().bind(jobPane.visibleProperty());
    getChildren()
        .addAll(new VBox(2, heading, note), actions, filesProblem, filesMessage, jobPane, fields);
    sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene != null) {
                fields.requestFocus();
              }
            });
  }

  private static final class LineCell extends ListCell<ResumeText.Line> {
    private final Label label = new Label();
    private final Label value = new Label();
    private final HBox box = new HBox(12, label, value);

    LineCell() {
      label.getStyleClass().addAll(Styles.TEXT_MUTED, "field-label");
      label.setMinWidth(220);
      label.setPrefWidth(220);
      value.setWrapText(true);
      HBox.setHgrow(value, Priority.ALWAYS);
      box.setMinWidth(0);
      box.prefWidthProperty().bind(widthProperty().subtract(28));
    }

    @Override
    protected void updateItem(ResumeText.Line line, boolean empty) {
      super.updateItem(line, empty);
      if (empty || line == null) {
        setGraphic(null);
        setAccessibleText(null);
        return;
      }
      label.setText(line.label());
      value.setText(line.value());
      setGraphic(box);
      setAccessibleText(line.toString());
    }
  }
}
